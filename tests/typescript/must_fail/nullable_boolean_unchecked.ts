// expect-error TS2322: Type 'boolean | null | undefined' is not assignable to type 'boolean'
// accepted_email_marketing is null on some older records: null is "no answer", not false.
import type { components } from "../../../generated/typescript/schema";

declare const patient: components["schemas"]["Patient"];
export const marketing: boolean = patient.accepted_email_marketing;
