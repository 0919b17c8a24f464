import { readTandemMetafields } from '../checkout/app-metafields.js';
import { armForCheckout, hash32 } from '../checkout/holdout.js';
import { planOffers } from '../checkout/plan.js';
import { resolveSettings } from '../checkout/settings.js';
import { readProfile, type ProfileRead } from '../profile/profile.js';
import type { Arm, EffectiveSettings, OfferPlan, OfferTarget, ShopConfig } from '../checkout/types.js';
import type { CheckoutSnapshot } from './types.js';

export interface Prepared {
  readonly kind: 'prepared';
  readonly plan: OfferPlan;
  readonly settings: EffectiveSettings;
  readonly config: ShopConfig;
  readonly arm: Arm;
  readonly checkoutToken: string;
  /** Hash of the checkout token: what storage remembers instead of the token itself. */
  readonly checkoutKey: string;
  readonly problems: readonly string[];
}

/** Why nothing is shown before any network call. */
export type NotShown = {
  readonly kind: 'none';
  readonly why: 'metafields' | 'no-token' | 'cannot-change' | 'no-candidates';
  readonly problems: readonly string[];
};

/**
 * Everything that can be decided synchronously from one snapshot: settings, arm and candidate offers.
 * Runs on every checkout change; cheap and pure.
 */
export function prepare(snapshot: CheckoutSnapshot, target: OfferTarget): Prepared | NotShown {
  const metafields = readTandemMetafields(snapshot.appMetafields);
  const { offersByProduct, config } = metafields;
  const buyer = buyerProfile(metafields.profile, snapshot);
  const problems = buyer.kind === 'ignored' ? [...metafields.problems, buyer.reason] : metafields.problems;
  if (!config) return { kind: 'none', why: 'metafields', problems };
  if (snapshot.checkoutToken === undefined || snapshot.checkoutToken === '')
    return { kind: 'none', why: 'no-token', problems };
  const canChange =
    target === 'thank-you' || (target === 'line' ? snapshot.canUpdateCartLine : snapshot.canAddCartLine);
  if (!canChange) return { kind: 'none', why: 'cannot-change', problems };
  const settings = resolveSettings(snapshot.settings, config);
  const plan = planOffers({
    target,
    lines: snapshot.lines,
    offersByProduct,
    settings,
    ...(snapshot.lineId === undefined ? {} : { lineId: snapshot.lineId }),
    ...(buyer.kind === 'ok' ? { profile: buyer.profile } : {}),
  });
  if (plan.variantIds.length === 0 || settings.maxOffers === 0)
    return { kind: 'none', why: 'no-candidates', problems };
  const arm = settings.holdout === 'auto' ? armForCheckout(snapshot.checkoutToken, config) : settings.holdout;
  return {
    kind: 'prepared',
    plan,
    settings,
    config,
    arm,
    checkoutToken: snapshot.checkoutToken,
    checkoutKey: hash32(snapshot.checkoutToken).toString(36),
    problems,
  };
}

/**
 * The logged-in buyer's profile, checked: a guest (no profile metafield) is no problem; a profile that is malformed,
 * stale or of another shop is ignored with its reason for the debug log, and the buyer sees what a guest sees.
 */
function buyerProfile(value: unknown, snapshot: CheckoutSnapshot): ProfileRead | { readonly kind: 'guest' } {
  if (value === undefined) return { kind: 'guest' };
  if (snapshot.shop === undefined)
    return { kind: 'ignored', reason: 'buyer profile ignored: the shop is unknown' };
  const read = readProfile(value, { shop: snapshot.shop, today: snapshot.today });
  return read.kind === 'ok' ? read : { kind: 'ignored', reason: `buyer profile ignored: ${read.reason}` };
}
