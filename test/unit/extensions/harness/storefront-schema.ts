// The Storefront schema the app and the emulator speak (the emulator's vendored copy), built once per test file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildClientSchema, parse, validate, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

const SCHEMA_FILE = fileURLToPath(
  new URL('../../../../web/emulator/schema/storefront-2026-10.json', import.meta.url),
);
let schema: GraphQLSchema | undefined;

export function storefrontSchema(): GraphQLSchema {
  schema ??= buildClientSchema(
    (JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { data: IntrospectionQuery }).data,
  );
  return schema;
}

/** Validation messages for `document` against Storefront 2026-10 (empty when valid). */
export function storefrontProblems(document: string): string[] {
  return validate(storefrontSchema(), parse(document)).map((error) => error.message);
}
