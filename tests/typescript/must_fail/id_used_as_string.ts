// expect-error TS2322: Type 'string | number' is not assignable to type 'string'
// A patient id may arrive as a number: it is not a string until the consumer makes it one.
import type { components } from "../../../generated/typescript/schema";

declare const patient: components["schemas"]["Patient"];
export const key: string = patient.id;
