/** A JSON value, as the spec exporters build it: serialisable with `JSON.stringify` unchanged. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };
