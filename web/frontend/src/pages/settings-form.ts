import {
  COPY_KEYS,
  settingsSchema,
  type CopyKey,
  type SettingsBody,
} from '@tandem/web/api-contract/settings';
import { LOCALES, type Locale, type Settings } from '@tandem/web/domain/settings';
import { zodFieldErrors, type FieldErrors } from '../components/field-errors.js';

/** The form as typed: numbers stay text until submitted, so a half-typed value is never rewritten under the cursor. */
export interface SettingsForm {
  readonly maxOffers: string;
  readonly showUpgrades: boolean;
  readonly upgradeBudgetPct: string;
  readonly priceCapPct: string;
  readonly holdoutPct: number;
  readonly discountPct: number | null;
  readonly dismissLimit: string;
  readonly dismissDays: string;
  readonly personalise: boolean;
  readonly copy: Readonly<Record<Locale, Readonly<Partial<Record<CopyKey, string>>>>>;
}

export function formFromSettings(settings: Settings): SettingsForm {
  const copy = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      Object.fromEntries(
        COPY_KEYS.flatMap((key) => {
          const text = settings.copy[locale]?.[key];
          return text === undefined ? [] : [[key, text]];
        }),
      ),
    ]),
  ) as SettingsForm['copy'];
  return {
    maxOffers: String(settings.maxOffers),
    showUpgrades: settings.showUpgrades,
    upgradeBudgetPct: String(settings.upgradeBudgetPct),
    priceCapPct: String(settings.priceCapPct),
    holdoutPct: settings.holdoutPct,
    discountPct: settings.discountPct,
    dismissLimit: String(settings.dismissLimit),
    dismissDays: String(settings.dismissDays),
    personalise: settings.personalise,
    copy,
  };
}

const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** Validates the form with the API's own schema; empty overrides mean "use the built-in text". */
export function settingsFromForm(
  form: SettingsForm,
): { kind: 'ok'; body: SettingsBody } | { kind: 'invalid'; errors: FieldErrors } {
  const copy = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      Object.fromEntries(
        Object.entries(form.copy[locale]).filter(([, text]) => text !== undefined && text.trim() !== ''),
      ),
    ]),
  );
  const parsed = settingsSchema.safeParse({
    maxOffers: number(form.maxOffers),
    showUpgrades: form.showUpgrades,
    upgradeBudgetPct: number(form.upgradeBudgetPct),
    priceCapPct: number(form.priceCapPct),
    holdoutPct: form.holdoutPct,
    discountPct: form.discountPct,
    dismissLimit: number(form.dismissLimit),
    dismissDays: number(form.dismissDays),
    personalise: form.personalise,
    copy,
  });
  return parsed.success
    ? { kind: 'ok', body: parsed.data }
    : { kind: 'invalid', errors: zodFieldErrors(parsed.error) };
}

/** The form without blank overrides, which mean the same as none. */
function normalised(form: SettingsForm): SettingsForm {
  const copy = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      Object.fromEntries(
        Object.entries(form.copy[locale]).filter(([, text]) => text !== undefined && text.trim() !== ''),
      ),
    ]),
  ) as SettingsForm['copy'];
  return { ...form, copy };
}

/** Whether the form holds edits the saved settings do not: what the contextual save bar and leave guard follow. */
export function formChanged(form: SettingsForm, saved: Settings): boolean {
  const a = normalised(form);
  const b = formFromSettings(saved);
  const sameCopy = LOCALES.every((locale) => {
    const left = a.copy[locale];
    const right = b.copy[locale];
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]) as Set<CopyKey>;
    return [...keys].every((key) => left[key] === right[key]);
  });
  return (
    !sameCopy ||
    a.maxOffers.trim() !== b.maxOffers ||
    a.showUpgrades !== b.showUpgrades ||
    a.upgradeBudgetPct.trim() !== b.upgradeBudgetPct ||
    a.priceCapPct.trim() !== b.priceCapPct ||
    a.holdoutPct !== b.holdoutPct ||
    a.discountPct !== b.discountPct ||
    a.dismissLimit.trim() !== b.dismissLimit ||
    a.dismissDays.trim() !== b.dismissDays ||
    a.personalise !== b.personalise
  );
}
