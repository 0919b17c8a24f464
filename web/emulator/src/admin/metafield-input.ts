/**
 * Validation of one `MetafieldsSetInput`, reported as Shopify does: `field` is the input path
 * (`["metafields", "3", "value"]`), `elementIndex` the input's position, `code` a MetafieldsSetUserErrorCode.
 * Limits: namespace 3–255 and key 2–64 characters of `[A-Za-z0-9_-]`
 * (https://shopify.dev/docs/apps/build/custom-data/metafields/manage-metafields#limits).
 */
import type { MetafieldOwnerType, MetafieldRecord } from '../state/records.js';
import { metafieldDigest } from './app-namespace.js';
import type { AdminContext } from './context.js';
import { checkMetafieldValue, isKnownMetafieldType } from './metafield-values.js';

/** One input of `metafieldsSet`, as the mutation's variables give it. */
export interface MetafieldsSetInput {
  readonly ownerId: string;
  readonly namespace?: string | null;
  readonly key: string;
  readonly type?: string | null;
  readonly value: string;
  readonly compareDigest?: string | null;
}

export interface MetafieldsSetUserError {
  readonly field: readonly string[];
  readonly message: string;
  readonly code: string;
  readonly elementIndex: number | null;
}

interface InputContext {
  readonly ctx: AdminContext;
  readonly ownerExists: boolean;
  readonly ownerType: MetafieldOwnerType | undefined;
  /** Resolved namespace ($app → app--<id>…). */
  readonly namespace: string;
  readonly existing: MetafieldRecord | undefined;
}

const NAME = /^[A-Za-z0-9_-]+$/;
export const OWNER_WRITE_SCOPE: Partial<Record<MetafieldOwnerType, string>> = {
  PRODUCT: 'write_products',
  PRODUCTVARIANT: 'write_products',
  ORDER: 'write_orders',
  CUSTOMER: 'write_customers',
  COLLECTION: 'write_products',
};

export function validateMetafieldInput(
  input: MetafieldsSetInput,
  index: number,
  c: InputContext,
): MetafieldsSetUserError[] {
  const errors: MetafieldsSetUserError[] = [];
  const fail = (field: string, code: string, message: string): void => {
    errors.push({ field: ['metafields', String(index), field], message, code, elementIndex: index });
  };
  if (!c.ownerExists || !c.ownerType) {
    fail('ownerId', 'INVALID', 'Owner does not exist.');
    return errors;
  }
  const scope = OWNER_WRITE_SCOPE[c.ownerType];
  const foreignApp =
    c.namespace.startsWith('app--') && !c.namespace.startsWith(`app--${c.ctx.runtime.appId}`);
  if ((scope && !c.ctx.hasScope(scope)) || foreignApp) {
    fail(
      'namespace',
      'APP_NOT_AUTHORIZED',
      'Access to this namespace and key on Metafields for this resource type is not allowed.',
    );
    return errors;
  }
  if (c.namespace.length < 3)
    fail('namespace', 'TOO_SHORT', 'Namespace is too short (minimum is 3 characters)');
  else if (c.namespace.length > 255)
    fail('namespace', 'TOO_LONG', 'Namespace is too long (maximum is 255 characters)');
  else if (!NAME.test(c.namespace))
    fail('namespace', 'INVALID', 'Namespace contains one or more invalid characters.');
  if (input.key.length < 2) fail('key', 'TOO_SHORT', 'Key is too short (minimum is 2 characters)');
  else if (input.key.length > 64) fail('key', 'TOO_LONG', 'Key is too long (maximum is 64 characters)');
  else if (!NAME.test(input.key)) fail('key', 'INVALID', 'Key contains one or more invalid characters.');

  const definition = c.ctx.shop.metafieldDefinitions.find(
    (d) => d.ownerType === c.ownerType && d.namespace === c.namespace && d.key === input.key,
  );
  const type = input.type ?? c.existing?.type ?? definition?.type;
  if (!type) fail('type', 'BLANK', "Type can't be blank");
  else if (!isKnownMetafieldType(type))
    fail('type', 'INVALID_TYPE', `Type '${type}' is not a supported metafield type.`);
  else if (definition && definition.type !== type)
    fail('type', 'INVALID_TYPE', `Type must be '${definition.type}', as set by the metafield definition.`);
  else if (c.existing && c.existing.type !== type)
    fail('type', 'INVALID_TYPE', `Type must be '${c.existing.type}', the type of the existing metafield.`);
  else {
    const problem = checkMetafieldValue(type, input.value);
    if (problem) fail('value', problem.code, problem.message);
  }
  if ('compareDigest' in input && input.compareDigest !== undefined)
    checkDigest(input.compareDigest, c.existing, fail);
  return errors;
}

function checkDigest(
  digest: string | null,
  existing: MetafieldRecord | undefined,
  fail: (field: string, code: string, message: string) => void,
): void {
  const stale =
    'The resource has been updated since it was loaded. Try again with an updated `compareDigest` value.';
  if (digest === null) {
    if (existing) fail('compareDigest', 'STALE_OBJECT', stale);
  } else if (!/^[0-9a-f]{64}$/.test(digest)) {
    fail('compareDigest', 'INVALID_COMPARE_DIGEST', 'The compareDigest is invalid.');
  } else if (!existing || metafieldDigest(existing.type, existing.value) !== digest) {
    fail('compareDigest', 'STALE_OBJECT', stale);
  }
}
