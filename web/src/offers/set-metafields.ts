import { assertNoUserErrors, type AdminClient } from '../shopify/admin/client.js';
import { MetafieldsSetDocument, type MetafieldsSetInput } from '../shopify/admin/generated/graphql.js';

const OWNER_ERROR = /^metafields\.(\d+)\.ownerId$/;

export interface SetMetafieldsResult {
  /** Indices of the inputs Shopify wrote. */
  readonly written: readonly number[];
  /** Indices of the inputs whose owner no longer exists (deleted in Shopify since it was read). */
  readonly missing: readonly number[];
  readonly calls: number;
  readonly costSpent: number;
}

/**
 * One metafieldsSet batch (at most METAFIELDS_PER_CALL inputs). metafieldsSet is atomic: when it names owners that
 * no longer exist, those inputs are dropped and the rest sent again; any other user error throws.
 */
export async function setMetafieldsSkippingMissingOwners(
  client: AdminClient,
  inputs: readonly MetafieldsSetInput[],
): Promise<SetMetafieldsResult> {
  let pending = inputs.map((input, index) => ({ input, index }));
  const missing: number[] = [];
  let calls = 0;
  let costSpent = 0;
  while (pending.length > 0) {
    const { data, cost } = await client.request(MetafieldsSetDocument, {
      metafields: pending.map(({ input }) => input),
    });
    calls += 1;
    costSpent += cost?.actualQueryCost ?? cost?.requestedQueryCost ?? 0;
    const userErrors = data.metafieldsSet?.userErrors ?? [];
    const gone = new Set(
      userErrors.flatMap((error) => {
        const index = OWNER_ERROR.exec((error.field ?? []).join('.'))?.[1];
        return index === undefined ? [] : [Number(index)];
      }),
    );
    assertNoUserErrors(
      'metafieldsSet',
      userErrors.filter((error) => !OWNER_ERROR.test((error.field ?? []).join('.'))),
    );
    if (gone.size === 0) break;
    missing.push(...pending.filter((_, at) => gone.has(at)).map(({ index }) => index));
    pending = pending.filter((_, at) => !gone.has(at));
  }
  return { written: pending.map(({ index }) => index), missing, calls, costSpent };
}
