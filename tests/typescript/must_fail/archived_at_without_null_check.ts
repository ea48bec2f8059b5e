// expect-error TS2322: Type 'string | null | undefined' is not assignable to type 'string'
// archived_at is null for an active patient (and absent from some older responses):
// using it as a string needs a check first.
import type { components } from "../../../generated/typescript/schema";

declare const patient: components["schemas"]["Patient"];
export const archivedAt: string = patient.archived_at;
