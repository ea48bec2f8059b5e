// expect-error TS2322: Type 'string | null' is not assignable to type 'string'
// archived_at is null for an active patient: using it as a string needs a check first.
import type { components } from "../../../generated/typescript/schema";

declare const patient: components["schemas"]["Patient"];
export const archivedAt: string = patient.archived_at;
