/**
 * Shopify's published schemas, vendored in ../../schema (Admin 2025-10 from @shopify/dev-mcp, Storefront
 * 2025-07 from Shopify/hydrogen; provenance in /work/shared/schemas/README.md). Built once per process, on
 * first use: building the 9.7 MB Admin introspection takes about a second, so nothing happens at import.
 */
import { readFileSync } from 'node:fs';
import { buildClientSchema, isScalarType, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

const ADMIN_FILE = new URL('../../schema/admin-2025-10.json', import.meta.url);
const STOREFRONT_FILE = new URL('../../schema/storefront-2025-07.json', import.meta.url);

/** The Admin API version these schemas describe; requests for other versions are still served with it. */
export const ADMIN_API_VERSION = '2025-10';

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

let admin: GraphQLSchema | undefined;
let storefront: GraphQLSchema | undefined;

export function adminSchema(): GraphQLSchema {
  if (!admin) {
    const json = JSON.parse(readFileSync(ADMIN_FILE, 'utf8')) as { data: IntrospectionQuery };
    admin = normaliseDateTimes(buildClientSchema(json.data));
  }
  return admin;
}

export function storefrontSchema(): GraphQLSchema {
  if (!storefront) {
    const json = JSON.parse(readFileSync(STOREFRONT_FILE, 'utf8')) as IntrospectionQuery;
    storefront = normaliseDateTimes(buildClientSchema(json));
  }
  return storefront;
}
