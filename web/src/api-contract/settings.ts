import * as z from 'zod/mini';
import { LOCALES, type Settings } from '../domain/settings.js';
import type { RepublishState } from './products.js';

/**
 * Checkout copy a merchant may override, as keys of the extension's locale files
 * (extensions/checkout-offers/locales). A plural message is overridden per form (`….one`, `….other`).
 */
export const COPY_KEYS = [
  'heading',
  'dismiss',
  'offer.add',
  'offer.discount',
  'reason.bought_together.one',
  'reason.bought_together.other',
  'reason.often_bought_with',
  'reason.similar',
  'reason.popular',
  'reason.merchant',
  'reason.buy_again',
  'reason.upgrade',
  'reason.upgrade_unit',
  'upgrade.action',
  'thank_you.heading',
] as const;
export type CopyKey = (typeof COPY_KEYS)[number];

/**
 * The `{{placeholders}}` checkout fills in for each message (the locale files' own; a test holds them equal).
 * Anything else would reach shoppers as literal braces, so it is refused on save.
 */
export const COPY_PLACEHOLDERS: Readonly<Record<CopyKey, readonly string[]>> = {
  heading: [],
  dismiss: [],
  'offer.add': [],
  'offer.discount': ['percent'],
  'reason.bought_together.one': ['product', 'count'],
  'reason.bought_together.other': ['product', 'count'],
  'reason.often_bought_with': ['product'],
  'reason.similar': ['product'],
  'reason.popular': [],
  'reason.merchant': ['product'],
  'reason.buy_again': [],
  'reason.upgrade': ['amount', 'variant'],
  'reason.upgrade_unit': ['amount', 'variant', 'unit_price', 'from_unit_price', 'unit'],
  'upgrade.action': [],
  'thank_you.heading': [],
};

/** The first placeholder in `text` that `key` does not have, with the braces as the merchant typed them. */
export function unknownPlaceholder(key: CopyKey, text: string): string | undefined {
  for (const match of text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g))
    if (!COPY_PLACEHOLDERS[key].includes(match[1] ?? '')) return match[0];
  return undefined;
}

function placeholderMessage(key: CopyKey, unknown: string): string {
  const allowed = COPY_PLACEHOLDERS[key];
  return `has an unknown placeholder ${unknown} (${
    allowed.length === 0
      ? 'this text has no placeholders'
      : `this text can use ${allowed.map((name) => `{{${name}}}`).join(', ')}`
  })`;
}

const copyText = z.string('must be text').check(
  z.trim(),
  z.minLength(1, 'must not be empty (remove the override instead)'),
  z.maxLength(500, 'must be at most 500 characters'),
  // PostgreSQL text cannot hold NUL, and no checkout message needs one.
  z.refine((text) => !text.includes('\u0000'), 'must not contain a NUL character'),
);
const copyMessages = z
  .partialRecord(
    z.enum(COPY_KEYS, 'is not a checkout message this admin can override'),
    copyText,
    'must be an object of message → text',
  )
  .check(
    z.superRefine((messages, ctx) => {
      for (const [key, text] of Object.entries(messages) as [CopyKey, string | undefined][]) {
        const unknown = text === undefined ? undefined : unknownPlaceholder(key, text);
        if (unknown !== undefined)
          ctx.issues.push({
            code: 'custom',
            message: placeholderMessage(key, unknown),
            path: [key],
            input: text,
          });
      }
    }),
  );

const percent = (min: number, max: number) =>
  z
    .number('must be a number')
    .check(z.gte(min, `must be ${min}–${max}%`), z.lte(max, `must be ${min}–${max}%`));

/** The whole settings object: PUT /api/settings replaces it (idempotent) and GET returns it. */
export const settingsSchema = z.strictObject(
  {
    maxOffers: z
      .int('must be a whole number')
      .check(z.gte(1, 'must be at least 1'), z.lte(10, 'must be at most 10')),
    showUpgrades: z.boolean('must be true or false'),
    upgradeBudgetPct: percent(0, 100),
    priceCapPct: percent(1, 1000),
    holdoutPct: percent(0, 50),
    discountPct: z.nullable(percent(1, 90)),
    dismissLimit: z
      .int('must be a whole number')
      .check(z.gte(0, 'must be 0–10 (0 turns it off)'), z.lte(10, 'must be 0–10 (0 turns it off)')),
    dismissDays: z
      .int('must be a whole number of days')
      .check(z.gte(1, 'must be 1–365 days'), z.lte(365, 'must be 1–365 days')),
    personalise: z.boolean('must be true or false'),
    copy: z.strictObject(
      Object.fromEntries(LOCALES.map((locale) => [locale, z.optional(copyMessages)])) as Record<
        (typeof LOCALES)[number],
        z.ZodMiniOptional<typeof copyMessages>
      >,
      `must hold only the locales ${LOCALES.join(', ')}`,
    ),
  },
  'is not a setting',
);
export type SettingsBody = z.infer<typeof settingsSchema>;

/** Whether checkout already reads these settings: the shop config metafield compared with what they publish. */
export type ConfigStatus =
  | { readonly kind: 'live'; readonly since: string | null }
  | { readonly kind: 'pending' }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Settings that take a recompute and republish (saving a change to one starts it): the published upgrades stay
 * within the upgrade budget, and buyer profiles are written (personalisation on) or deleted (off) with the lists.
 * Every other setting is read by checkout from the shop config metafield on its next render.
 */
export const RECOMPUTE_SETTINGS = [
  'upgradeBudgetPct',
  'personalise',
] as const satisfies readonly (keyof Settings)[];

/** The shop's offer lists after a change to a recompute setting: the republish, and when lists last went live. */
export interface OffersStatus {
  readonly republish: RepublishState;
  /** When the shop's lists were last recomputed and published; null before the first recompute. */
  readonly publishedAt: string | null;
}

export interface SettingsResponse {
  readonly settings: Settings;
  readonly config: ConfigStatus;
  readonly offers: OffersStatus;
}
