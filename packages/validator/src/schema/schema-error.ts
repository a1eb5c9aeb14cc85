/**
 * One JSON Schema error, shaped exactly like an ajv 8 error object (`allErrors: true`), so that
 * the hand-written check and real ajv can be compared field by field.
 *
 * @example
 * const e: SchemaError = {
 *   instancePath: "/version",
 *   schemaPath: "#/properties/version/enum",
 *   keyword: "enum",
 *   params: { allowedValues: ["2.0", "2.1"] },
 *   message: "must be equal to one of the allowed values",
 * };
 */
export interface SchemaError {
  /** JSON pointer of the value the error is about (`~` and `/` escaped). */
  readonly instancePath: string;
  /** URI fragment of the schema keyword that failed (`#/properties/…`). */
  readonly schemaPath: string;
  /** The failing keyword (`type`, `required`, `additionalProperties` …). */
  readonly keyword: string;
  /** The keyword's parameters, as ajv gives them. */
  readonly params: Readonly<Record<string, unknown>>;
  /** ajv's English message. */
  readonly message: string;
}
