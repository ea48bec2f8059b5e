// How a strict TypeScript consumer uses the generated types. Must compile with
// `tsc --noEmit -p tests/typescript` (checked by tests/test_typescript.py).
import type { components, operations } from "../../generated/typescript/schema";

type PatientCreate = components["schemas"]["PatientCreate"];
type Patient = operations["getPatient"]["responses"][200]["content"]["application/json"];
type ListPatientsQuery = NonNullable<operations["listPatients"]["parameters"]["query"]>;
type PatientList = operations["listPatients"]["responses"][200]["content"]["application/json"];

// Compile-time equality: `true` only when A and B are the same type.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// A create body needs only the names: the read-only id, created_at, links... are not demanded.
export const createBody: PatientCreate = { first_name: "Jane", last_name: "Citizen" };
export const createWithOptions: PatientCreate = {
  first_name: "Jane",
  last_name: "Citizen",
  reminder_type: "SMS & Email",
  date_of_birth: "1990-05-17",
};

// List filters: each q[] entry is FIELD:OPERATORVALUE; several are ANDed.
export const listQuery: ListPatientsQuery = {
  "q[]": ["last_name:~son", "updated_at:>2014-08-30T18:00:00Z"],
  page: 1,
  per_page: 100,
  sort: "last_name,created_at:desc",
};

// The id is a 64-bit integer that the live API sends as a string of digits and old
// examples as a number: the type says so, and a consumer has to handle both.
export const idIsStringOrNumber: Equals<Patient["id"], string | number> = true;

// The safe path to a string key: keep strings as they are; accept a number only when it
// is still exact (above 2^53 JSON.parse has already rounded it, and String() would hide that).
export function patientKey(id: Patient["id"]): string {
  if (typeof id === "string") return id;
  if (!Number.isSafeInteger(id)) {
    throw new RangeError(`patient id ${id} lost precision in JSON.parse; ask for ids as strings`);
  }
  return String(id);
}

export function keysOf(page: PatientList): string[] {
  return page.patients.map((patient) => patientKey(patient.id));
}

// archived_at is null (or "") for an active patient: narrow it before using it as a date.
export function archivedOn(patient: Patient): Date | undefined {
  const archivedAt = patient.archived_at;
  return archivedAt ? new Date(archivedAt) : undefined;
}

// Older records send null text, booleans, reminder_type and phone lists, and responses of
// older API versions lack every property added since: only id, the names and the two
// timestamps are always there. A strict consumer checks before use (must_fail/ shows the rest).
export function mailingLine(patient: Patient): string {
  const parts = [patient.address_1, patient.city, patient.post_code].filter(
    (part): part is string => typeof part === "string" && part !== "",
  );
  return [`${patient.first_name} ${patient.last_name}`, ...parts].join(", ");
}

export function mobileNumbers(patient: Patient): string[] {
  return (patient.patient_phone_numbers ?? []).filter((p) => p.phone_type === "Mobile").map((p) => p.number);
}

export function remindsBySms(patient: Patient): boolean {
  const type = patient.reminder_type;
  return type === "SMS" || type === "SMS & Email";
}

// The always-present properties need no check.
export const alwaysThere: Equals<Patient["first_name"] | Patient["created_at"], string> = true;
