/**
 * Shopify's published schemas, vendored in ../../schema, one pair per implemented API version (Admin and
 * Storefront 2026-10 from @shopify/dev-mcp@1.16.0; provenance in /work/shared/schemas/README.md). Built once
 * per process and version, on first use: building the 11 MB Admin introspection takes about a second, so
 * nothing happens at import.
 */
import { readFileSync } from 'node:fs';
import { buildClientSchema, isScalarType, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { LATEST_API_VERSION, type ImplementedApiVersion } from './api-versions.js';

const FILES: Readonly<Record<ImplementedApiVersion, { readonly admin: URL; readonly storefront: URL }>> = {
  '2026-10': {
    admin: new URL('../../schema/admin-2026-10.json', import.meta.url),
    storefront: new URL('../../schema/storefront-2026-10.json', import.meta.url),
  },
};

/**
 * Shopify serialises DateTime without milliseconds ("2025-01-02T00:00:00Z"); seeds may carry them. Client
 * schemas get identity serialisers for custom scalars, so we normalise here, once per schema.
 */
function normaliseDateTimes(schema: GraphQLSchema): GraphQLSchema {
  const dateTime = schema.getType('DateTime');
  if (isScalarType(dateTime)) {
    dateTime.serialize = (value: unknown) =>
      typeof value === 'string' ? value.replace(/\.\d{3}Z$/, 'Z') : value;
  }
  return schema;
}

/** Introspection JSON either bare (`{__schema}`) or as a query result (`{data: {__schema}}`). */
function load(file: URL): GraphQLSchema {
  const json = JSON.parse(readFileSync(file, 'utf8')) as IntrospectionQuery | { data: IntrospectionQuery };
  return normaliseDateTimes(buildClientSchema('data' in json ? json.data : json));
}

const built = new Map<string, GraphQLSchema>();

function schemaFor(api: 'admin' | 'storefront', version: ImplementedApiVersion): GraphQLSchema {
  const key = `${api}@${version}`;
  let schema = built.get(key);
  if (!schema) {
    schema = load(FILES[version][api]);
    built.set(key, schema);
  }
  return schema;
}

export const adminSchema = (version: ImplementedApiVersion = LATEST_API_VERSION): GraphQLSchema =>
  schemaFor('admin', version);

export const storefrontSchema = (version: ImplementedApiVersion = LATEST_API_VERSION): GraphQLSchema =>
  schemaFor('storefront', version);
