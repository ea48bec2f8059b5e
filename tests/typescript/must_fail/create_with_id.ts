// expect-error TS2353: 'id' does not exist in type
// id is read-only: the server assigns it, a create body must not carry it.
import type { components } from "../../../generated/typescript/schema";

export const body: components["schemas"]["PatientCreate"] = {
  id: "836447129235883061",
  first_name: "Jane",
  last_name: "Citizen",
};
