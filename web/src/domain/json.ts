/** A value that survives JSON.stringify → JSON.parse unchanged; used for opaque payloads we store as text. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
