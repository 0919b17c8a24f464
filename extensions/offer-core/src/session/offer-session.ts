import { readTandemMetafields } from '../checkout/app-metafields.js';
import { decideOffers } from '../checkout/decide.js';
import { sampleOffer } from '../checkout/sample.js';
import { resolveSettings } from '../checkout/settings.js';
import { DEFAULT_SHOP_CONFIG } from '../checkout/shop-config.js';
import {
  cappedOffers,
  isDismissed,
  isFrequencyCapped,
  parseStorageState,
  STORAGE_KEY,
  withDismissal,
  withOfferDismissals,
  withShown,
} from '../checkout/storage-state.js';
import type { OfferTarget, OfferVariant, ShownOffer } from '../checkout/types.js';
import { cartKey, readVariants, soldOutNow, withUnavailable } from './availability.js';
import { offerEventName, type OfferEvent } from './events.js';
import { keepAccepted } from './keep-accepted.js';
import { prepare, type Prepared } from './prepare.js';
import type { CheckoutPort, CheckoutSnapshot, OfferStatus, SessionState } from './types.js';

export interface OfferSession {
  getState(): SessionState;
  /** Listener runs after every state change (use with useSyncExternalStore or a signal). */
  subscribe(listener: () => void): () => void;
  /** Starts following checkout; returns the function that stops it. */
  start(): () => void;
  /** The buyer clicked an offer's button: apply its cart change. Nothing is ever added without this call. */
  accept(offerId: string): Promise<void>;
  /** "No thanks": hide the offers for this checkout (a short note says so) and remember it in storage. */
  dismiss(): Promise<void>;
}

const HIDDEN: SessionState = { phase: 'hidden' };

function editorState(snapshot: CheckoutSnapshot, target: OfferTarget): SessionState {
  if (target === 'line') return HIDDEN;
  const shop = readTandemMetafields(snapshot.appMetafields).config ?? DEFAULT_SHOP_CONFIG;
  const settings = resolveSettings(snapshot.settings, shop);
  return {
    phase: 'ready',
    offers: [sampleOffer(snapshot.currencyCode)],
    statuses: {},
    settings,
    copy: shop.copy,
    editor: true,
  };
}

/**
 * One target's life in one checkout: Loading → Ready (per offer: idle → adding → added | error) or Hidden.
 * Framework-free, so the Preact and React views share every behaviour and only render `getState()`.
 * Network: one Storefront query when the block first shows, one more each time the buyer changes the cart
 * (availability is re-read, so what sold out meanwhile goes), and none at all in the control arm.
 */
export function createOfferSession(port: CheckoutPort, target: OfferTarget): OfferSession {
  let state: SessionState = { phase: 'loading', rows: 0 };
  let statuses: Record<string, OfferStatus> = {};
  let variants: ReadonlyMap<string, OfferVariant> | undefined;
  let current: Prepared | undefined;
  let queried = false;
  let warned = false;
  let closed = false;
  /** The cart `variants` were read for, and whether a re-read is under way. */
  let readFor: string | undefined;
  let rereading = false;
  /** The product that sold out under the buyer's click, for the block's short notice. */
  let soldOut: string | undefined;
  let lastAccepted: string | undefined;
  /** Offered variants this browser's buyer dismissed often enough (read from storage once per session). */
  let capped: ReadonlySet<string> = new Set();
  const impressed = new Set<string>();
  const listeners = new Set<() => void>();

  const set = (next: SessionState): void => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  const publish = (prepared: Prepared, event: OfferEvent, offerId: string | null): void => {
    const data = {
      v: 1,
      event,
      offerId,
      arm: prepared.arm,
      target,
      checkoutToken: prepared.checkoutToken,
      ts: port.now(),
    };
    void port.publish(offerEventName(event), data).catch(() => undefined);
  };
  const show = (prepared: Prepared, offers: readonly ShownOffer[]): void => {
    // An emptied block still says why its last offer went; otherwise nothing to show is nothing rendered.
    if (offers.length === 0 && (soldOut === undefined || target !== 'block')) return set(HIDDEN);
    for (const offer of offers.filter(({ offerId }) => !impressed.has(offerId))) {
      impressed.add(offer.offerId);
      publish(prepared, 'impression', offer.offerId);
    }
    set({
      phase: 'ready',
      offers,
      statuses,
      settings: prepared.settings,
      copy: prepared.config.copy,
      editor: false,
      ...(soldOut === undefined ? {} : { soldOut }),
      ...(lastAccepted === undefined ? {} : { lastAccepted }),
    });
  };

  const reread = async (prepared: Prepared, key: string): Promise<void> => {
    rereading = true;
    readFor = key;
    try {
      variants = await readVariants(port, prepared.plan.variantIds);
    } catch {
      // Keep what was read before: a failed re-check must not empty the block.
    } finally {
      rereading = false;
    }
    refresh();
  };

  const refresh = (): void => {
    if (closed) return;
    const snapshot = port.snapshot();
    if (snapshot.editor) return set(editorState(snapshot, target));
    const prepared = prepare(snapshot, target);
    if (prepared.problems.length > 0 && !warned) {
      warned = true;
      port.warn(`Tandem offers: ${prepared.problems.join('; ')}`);
    }
    const previous = state.phase === 'ready' ? state.offers : [];
    if (prepared.kind === 'none') {
      // The last candidate may just have been added: keep showing it as added rather than vanishing.
      return prepared.why === 'no-candidates' && current && variants
        ? show(current, keepAccepted(previous, [], statuses))
        : set(HIDDEN);
    }
    current = prepared;
    if (variants) {
      const key = cartKey(snapshot.lines);
      if (key !== readFor && !rereading) void reread(prepared, key);
      const offers = decideOffers({
        plan: prepared.plan,
        variants: withUnavailable(variants, capped),
        lines: snapshot.lines,
        settings: prepared.settings,
        arm: prepared.arm,
        language: snapshot.language,
      });
      return show(prepared, keepAccepted(previous, offers, statuses));
    }
    if (queried) return;
    queried = true;
    if (target === 'block') publish(prepared, 'eligible', null);
    if (prepared.arm === 'control') return set(HIDDEN);
    set({
      phase: 'loading',
      rows: target === 'line' ? 1 : Math.min(prepared.settings.maxOffers, prepared.plan.crossSells.length),
    });
    void load(prepared);
  };

  const load = async (prepared: Prepared): Promise<void> => {
    try {
      const stored = parseStorageState(await port.readStorage(STORAGE_KEY).catch(() => undefined));
      if (
        isDismissed(stored, prepared.checkoutKey) ||
        isFrequencyCapped(stored, prepared.checkoutKey, prepared.config.frequencyCap, port.now())
      ) {
        closed = true;
        return set(HIDDEN);
      }
      const { dismissLimit: limit, dismissDays: days } = prepared.config;
      capped = cappedOffers(stored, { limit, days }, port.now());
      readFor = cartKey(port.snapshot().lines);
      variants = await readVariants(port, prepared.plan.variantIds);
      refresh();
      if (state.phase === 'ready')
        await port.writeStorage(STORAGE_KEY, withShown(stored, prepared.checkoutKey, port.now()));
    } catch {
      // A failed query or storage call must never break checkout: show nothing.
      set(HIDDEN);
    }
  };

  const setStatus = (offerId: string, status: OfferStatus): void => {
    statuses = { ...statuses, [offerId]: status };
    lastAccepted = offerId;
    if (state.phase === 'ready') set({ ...state, statuses, lastAccepted });
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      const unsubscribe = port.subscribe(refresh);
      refresh();
      return unsubscribe;
    },
    async accept(offerId) {
      const offer =
        state.phase === 'ready' && !state.editor
          ? state.offers.find((candidate) => candidate.offerId === offerId)
          : undefined;
      const status = statuses[offerId] ?? 'idle';
      if (!offer || !current || status === 'adding' || status === 'added') return;
      const prepared = current;
      setStatus(offerId, 'adding');
      const result = await port
        .applyCartLinesChange(offer.change)
        .catch(() => ({ type: 'error' as const, message: 'threw' }));
      if (result.type === 'error' && variants && (await soldOutNow(port, offer.variant.id))) {
        // Sold out while checkout was open: drop it with a word and let the next offer take its place.
        variants = withUnavailable(variants, [offer.variant.id]);
        soldOut = offer.variant.productTitle;
        const { [offerId]: _failed, ...others } = statuses;
        statuses = others;
        publish(prepared, 'error', offerId);
        return refresh();
      }
      setStatus(offerId, result.type === 'success' ? 'added' : 'error');
      publish(
        prepared,
        result.type === 'error' ? 'error' : offer.kind === 'upgrade' ? 'upgrade' : 'add',
        offerId,
      );
    },
    async dismiss() {
      const prepared = current;
      if (state.phase !== 'ready' || state.editor || !prepared) return;
      const dismissed = state.offers.map((offer) => offer.variant.id);
      closed = true;
      set({ phase: 'dismissed' });
      publish(prepared, 'dismiss', null);
      const stored = parseStorageState(await port.readStorage(STORAGE_KEY).catch(() => undefined));
      const next = withOfferDismissals(
        withDismissal(stored, prepared.checkoutKey),
        prepared.checkoutKey,
        dismissed,
        port.now(),
      );
      await port.writeStorage(STORAGE_KEY, next).catch(() => undefined);
    },
  };
}
