import { LOCALES, type CopyOverrides, type Locale, type Settings } from '../../domain/settings.js';
import type { Checker } from './checker.js';
import { validate } from './validate.js';

export type SettingsPatch = Partial<Settings>;

const COPY_KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

function copy(check: Checker, value: unknown): CopyOverrides {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    check.fail('copy', 'must be an object of locale → { key: text }');
    return {};
  }
  const result: Partial<Record<Locale, Record<string, string>>> = {};
  for (const [locale, messages] of Object.entries(value)) {
    const path = `copy.${locale}`;
    if (!LOCALES.includes(locale as Locale))
      check.fail(path, `is not a supported locale (${LOCALES.join(', ')})`);
    if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) {
      check.fail(path, 'must be an object of key → text');
      continue;
    }
    const clean: Record<string, string> = {};
    for (const [key, text] of Object.entries(messages as Record<string, unknown>)) {
      check.matches(`${path}.${key}`, key, COPY_KEY, 'a message key like "title" or "addButton"');
      clean[key] = check.string(`${path}.${key}`, text, { max: 500 });
    }
    result[locale as Locale] = clean;
  }
  return result;
}

/** Checks a complete settings object (current values merged with a patch). */
export function validateSettings(value: Settings): Settings {
  return validate('settings', (check) => {
    const known = new Set<string>([
      'maxOffers',
      'showUpgrades',
      'upgradeBudgetPct',
      'priceCapPct',
      'holdoutPct',
      'discountPct',
      'dismissLimit',
      'dismissDays',
      'personalise',
      'copy',
    ]);
    for (const key of Object.keys(value)) if (!known.has(key)) check.fail(key, 'is not a setting');
    return {
      maxOffers: check.int('maxOffers', value.maxOffers, { min: 0, max: 10 }),
      showUpgrades: check.bool('showUpgrades', value.showUpgrades),
      upgradeBudgetPct: check.number('upgradeBudgetPct', value.upgradeBudgetPct, { min: 0, max: 100 }),
      priceCapPct: check.number('priceCapPct', value.priceCapPct, { min: 1, max: 1_000 }),
      holdoutPct: check.number('holdoutPct', value.holdoutPct, { min: 0, max: 50 }),
      discountPct:
        value.discountPct === null
          ? null
          : check.number('discountPct', value.discountPct, { min: 1, max: 90 }),
      dismissLimit: check.int('dismissLimit', value.dismissLimit, { min: 0, max: 10 }),
      dismissDays: check.int('dismissDays', value.dismissDays, { min: 1, max: 365 }),
      personalise: check.bool('personalise', value.personalise),
      copy: copy(check, value.copy),
    };
  });
}
