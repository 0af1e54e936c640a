/** Whether `value` is one of `values`: for text from outside the API (the address, an error code) before it is used as an enum. */
export function isOneOf<V extends string>(values: readonly V[], value: unknown): value is V {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}
