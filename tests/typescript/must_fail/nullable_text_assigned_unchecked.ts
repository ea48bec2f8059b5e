// expect-error TS2322: Type 'string | null | undefined' is not assignable to type 'string'
// city is null on records created through older API versions, and absent from 2017-era
// responses: it is not a string until the consumer has checked it.
import type { components } from "../../../generated/typescript/schema";

declare const patient: components["schemas"]["Patient"];
export const city: string = patient.city;
