/** Validation against the official Compose Specification schema (tests/fixtures/compose-spec/, with its source and licence). */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const schema = JSON.parse(readFileSync(new URL('../fixtures/compose-spec/compose-spec.json', import.meta.url), 'utf8')) as Record<string, unknown>;
// The schema names its draft as "https://json-schema.org/draft-07/schema"; Ajv's default draft is 07 and knows it as "http://json-schema.org/draft-07/schema#".
const validate = new Ajv({ allErrors: true, strict: false }).compile({ ...schema, $schema: 'http://json-schema.org/draft-07/schema#' });

/** What the schema finds wrong in a parsed Compose file, one line each; empty when valid. */
export function composeErrors(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
