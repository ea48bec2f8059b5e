// expect-error TS18049: 'patient.email' is possibly 'null' or 'undefined'
// Calling a string method on email crashes at run time when an older record sends null.
import type { components } from "../../../generated/typescript/schema";

declare const patient: components["schemas"]["Patient"];
export const domain = patient.email.toLowerCase();
