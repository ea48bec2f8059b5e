// expect-error TS2322: Type '"Email" | "None" | "SMS" | "SMS & Email" | null | undefined' is not assignable to type '"Email" | "None" | "SMS" | "SMS & Email"'
// reminder_type is null on some older records: the enum alone does not describe it.
import type { components } from "../../../generated/typescript/schema";

declare const patient: components["schemas"]["Patient"];
export const reminder: components["schemas"]["ReminderType"] = patient.reminder_type;
