// expect-error TS2322: Property 'last_name' is missing
// last_name is required on create.
import type { components } from "../../../generated/typescript/schema";

export const body: components["schemas"]["PatientCreate"] = { first_name: "Jane" };
