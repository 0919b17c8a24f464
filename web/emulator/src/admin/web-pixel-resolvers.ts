/**
 * The app's web pixel (https://shopify.dev/docs/api/admin-graphql/latest/mutations/webPixelCreate): one per app and
 * shop, created with settings that must match the fields the app's pixel extension declares — every declared field
 * present as text of its minimum length, nothing undeclared — else INVALID_SETTINGS. Create and update need
 * `write_pixels` and `read_customer_events`; without a pixel extension there is nothing to create (NO_EXTENSION).
 */
import type { ResolverMap } from '../engine/field-resolver.js';
import type { WebPixelField } from '../engine/types.js';
import { accessDenied, assertRootAccess } from './access-scopes.js';
import type { AdminContext } from './context.js';

interface UserError {
  readonly code: string;
  readonly field: string[];
  readonly message: string;
}

const error = (code: string, message: string): UserError => ({
  code,
  field: ['webPixel', 'settings'],
  message,
});

/** The settings as an object, from the JSON text Shopify's examples send or an object; null if neither. */
function settingsObject(value: unknown): Record<string, unknown> | null {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value) as unknown;
    } catch {
      return null;
    }
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : null;
}

function validate(
  fields: Readonly<Record<string, WebPixelField>> | undefined,
  value: unknown,
): { settings: string } | { errors: UserError[] } {
  if (!fields) return { errors: [error('NO_EXTENSION', 'No web pixel extension is deployed for this app')] };
  const settings = settingsObject(value);
  if (!settings) return { errors: [error('INVALID_CONFIGURATION_JSON', 'Settings must be a JSON object')] };
  const errors: UserError[] = [];
  for (const key of Object.keys(settings))
    if (!(key in fields)) errors.push(error('INVALID_SETTINGS', `${key} is not a declared setting`));
  for (const [key, field] of Object.entries(fields)) {
    const text = settings[key];
    if (typeof text !== 'string' || text === '')
      errors.push(error('INVALID_SETTINGS', `${key} is required and must be text`));
    else if (field.minLength !== undefined && text.length < field.minLength)
      errors.push(error('INVALID_SETTINGS', `${key} must be at least ${field.minLength} characters`));
  }
  return errors.length > 0 ? { errors } : { settings: JSON.stringify(settings) };
}

function assertCustomerEvents(field: string, ctx: AdminContext): void {
  if (!ctx.hasScope('read_customer_events')) throw accessDenied(field, 'read_customer_events');
}

export const webPixelResolvers: ResolverMap<AdminContext> = {
  QueryRoot: {
    webPixel: (_s, args, ctx) => {
      assertRootAccess('webPixel', ctx);
      const pixel = ctx.shop.webPixel;
      if (!pixel || (args['id'] !== undefined && args['id'] !== null && args['id'] !== pixel.id)) return null;
      return { ...pixel };
    },
  },
  Mutation: {
    webPixelCreate: (_s, args, ctx) => {
      assertRootAccess('webPixelCreate', ctx);
      assertCustomerEvents('webPixelCreate', ctx);
      if (ctx.shop.webPixel)
        return { webPixel: null, userErrors: [error('TAKEN', 'Web pixel is taken for this app')] };
      const input = args['webPixel'] as { settings?: unknown };
      const checked = validate(ctx.runtime.webPixelFields, input.settings);
      if ('errors' in checked) return { webPixel: null, userErrors: checked.errors };
      ctx.shop.webPixel = { id: ctx.shop.newId('WebPixel'), settings: checked.settings };
      return { webPixel: { ...ctx.shop.webPixel }, userErrors: [] };
    },
    webPixelUpdate: (_s, args, ctx) => {
      assertRootAccess('webPixelUpdate', ctx);
      assertCustomerEvents('webPixelUpdate', ctx);
      const pixel = ctx.shop.webPixel;
      if (!pixel || pixel.id !== args['id'])
        return {
          webPixel: null,
          userErrors: [{ code: 'NOT_FOUND', field: ['id'], message: 'Web pixel not found' }],
        };
      const input = args['webPixel'] as { settings?: unknown };
      const checked = validate(ctx.runtime.webPixelFields, input.settings);
      if ('errors' in checked) return { webPixel: null, userErrors: checked.errors };
      pixel.settings = checked.settings;
      return { webPixel: { ...pixel }, userErrors: [] };
    },
  },
};
