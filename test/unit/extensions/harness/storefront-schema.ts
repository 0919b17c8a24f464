// The Storefront schema the emulator vendors (a copy of shared/schemas' file, so `npm test` needs only the repo),
// built once per test file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildClientSchema, parse, validate, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

const SCHEMA_FILE = fileURLToPath(
  new URL('../../../../web/emulator/schema/storefront-2025-07.json', import.meta.url),
);
let schema: GraphQLSchema | undefined;

export function storefrontSchema(): GraphQLSchema {
  schema ??= buildClientSchema(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as IntrospectionQuery);
  return schema;
}

/** Validation messages for `document` against Storefront 2025-07 (empty when valid). */
export function storefrontProblems(document: string): string[] {
  return validate(storefrontSchema(), parse(document)).map((error) => error.message);
}
