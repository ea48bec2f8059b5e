// expect-error TS18049: 'patient.patient_phone_numbers' is possibly 'null' or 'undefined'
// The phone list itself may be null (older records) or absent (2017-era responses).
import type { components } from "../../../generated/typescript/schema";

declare const patient: components["schemas"]["Patient"];
export const numbers = patient.patient_phone_numbers.map((phone) => phone.number);
