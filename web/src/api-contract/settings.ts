import * as z from 'zod/mini';
import { LOCALES, type Settings } from '../domain/settings.js';

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
  'reason.upgrade',
  'reason.upgrade_unit',
  'upgrade.action',
  'thank_you.heading',
] as const;
export type CopyKey = (typeof COPY_KEYS)[number];

const copyText = z.string('must be text').check(
  z.trim(),
  z.minLength(1, 'must not be empty (remove the override instead)'),
  z.maxLength(500, 'must be at most 500 characters'),
  // PostgreSQL text cannot hold NUL, and no checkout message needs one.
  z.refine((text) => !text.includes('\u0000'), 'must not contain a NUL character'),
);
const copyMessages = z.partialRecord(
  z.enum(COPY_KEYS, 'is not a checkout message this admin can override'),
  copyText,
  'must be an object of message → text',
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

export interface SettingsResponse {
  readonly settings: Settings;
  readonly config: ConfigStatus;
}
