import { registerEnumType } from "type-graphql";

/** Expose a drizzle pgEnum's values as a GraphQL enum of the same values (one list, two uses). */
export function graphqlEnum<const V extends readonly [string, ...string[]]>(
  values: V,
  name: string,
  description?: string,
): { [K in V[number]]: K } {
  const object = Object.fromEntries(values.map((v) => [v, v])) as { [K in V[number]]: K };
  registerEnumType(object, { name, description });
  return object;
}
