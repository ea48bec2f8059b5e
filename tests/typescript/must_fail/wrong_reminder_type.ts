// expect-error TS2322: Type '"Text"' is not assignable to type '"Email" | "None" | "SMS" | "SMS & Email" | undefined'
// reminder_type is an enum; "Text" is not one of its values.
import type { components } from "../../../generated/typescript/schema";

export const body: components["schemas"]["PatientCreate"] = {
  first_name: "Jane",
  last_name: "Citizen",
  reminder_type: "Text",
};
