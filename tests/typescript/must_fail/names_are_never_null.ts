// expect-error TS2322: Type 'null' is not assignable to type 'string'
// The other side of the contract: first_name is always present and never null, so a
// response type that admitted null there would be wrong.
import type { components } from "../../../generated/typescript/schema";

export const patient: Pick<components["schemas"]["Patient"], "first_name"> = { first_name: null };
