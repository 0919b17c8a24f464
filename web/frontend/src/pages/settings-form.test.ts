import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SETTINGS } from '@tandem/web/domain/settings';
import { COPY_KEYS } from '@tandem/web/api-contract/settings';
import { LOCALES } from '@tandem/web/domain/settings';
import en from '../../../../extensions/checkout-offers/locales/en.default.json';
import { COPY_LABELS, defaultCopy } from './copy-defaults.js';
import { formChanged, formFromSettings, settingsFromForm } from './settings-form.js';

type Tree = { readonly [key: string]: string | Tree };
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );

describe('settings form', () => {
  it('round-trips stored settings, dropping empty overrides', () => {
    // Given stored settings with a Dutch heading, edited to clear it and set a German one
    const form = formFromSettings({ ...DEFAULT_SETTINGS, copy: { nl: { heading: 'Past goed' } } });
    const edited = { ...form, copy: { ...form.copy, nl: { heading: '  ' }, de: { heading: 'Passt dazu' } } };

    // When it is checked with the API's schema
    const checked = settingsFromForm(edited);

    // Then the body is the settings with only the German override
    expect(checked).toEqual({
      kind: 'ok',
      body: { ...DEFAULT_SETTINGS, copy: { en: {}, nl: {}, de: { heading: 'Passt dazu' }, nb: {} } },
    });
  });

  it('names every bad field in plain words', () => {
    // Given a half-typed form
    const form = {
      ...formFromSettings(DEFAULT_SETTINGS),
      maxOffers: '',
      priceCapPct: '0',
      upgradeBudgetPct: '150',
    };

    // When it is checked
    const checked = settingsFromForm(form);

    // Then each field has its own message
    expect(checked).toEqual({
      kind: 'invalid',
      errors: {
        maxOffers: 'must be a whole number',
        priceCapPct: 'must be 1–1000%',
        upgradeBudgetPct: 'must be 0–100%',
      },
    });
  });

  it('lets the merchant reword every reason and the upgrade lines shoppers read, in every language', () => {
    // Given every reason message of the checkout, plural forms included
    const reasons = keysOf(en as Tree).filter((key) => key.startsWith('reason.'));
    expect(reasons).toEqual(expect.arrayContaining(['reason.upgrade_unit', 'reason.bought_together.other']));
    // Then each is an editable message with a label and the built-in text as its placeholder
    for (const key of reasons) {
      expect(COPY_KEYS).toContain(key);
      expect(COPY_LABELS[key as (typeof COPY_KEYS)[number]]).toBeTruthy();
      for (const locale of LOCALES)
        expect(defaultCopy(locale, key as (typeof COPY_KEYS)[number])).not.toBe('');
    }
    // And an override of the unit-price line is accepted in every language
    const form = formFromSettings(DEFAULT_SETTINGS);
    const copy = Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        { 'reason.upgrade_unit': '{{amount}} extra: {{unit_price}}/{{unit}}' },
      ]),
    ) as typeof form.copy;
    expect(settingsFromForm({ ...form, copy })).toMatchObject({ kind: 'ok' });
  });

  it('refuses a placeholder the message does not have, naming it', () => {
    // Given a Dutch reason with a typo in its placeholder
    const form = formFromSettings(DEFAULT_SETTINGS);
    const copy = { ...form.copy, nl: { 'reason.often_bought_with': 'Vaak gekocht met {{prodcut}}' } };

    // When it is checked
    const checked = settingsFromForm({ ...form, copy });

    // Then the field's message names the unknown placeholder and the ones it may use
    expect(checked).toEqual({
      kind: 'invalid',
      errors: {
        'copy.nl.reason.often_bought_with':
          'has an unknown placeholder {{prodcut}} (this text can use {{product}})',
      },
    });
  });

  it("allows exactly the placeholders of the checkout's own text for every message", () => {
    for (const key of COPY_KEYS) {
      const builtIn = defaultCopy('en', key).match(/\{\{\s*\w+\s*\}\}/g) ?? [];
      const form = formFromSettings(DEFAULT_SETTINGS);
      const text = builtIn.length > 0 ? builtIn.join(' ') : 'Plain text';
      expect(settingsFromForm({ ...form, copy: { ...form.copy, en: { [key]: text } } })).toMatchObject({
        kind: 'ok',
      });
    }
  });

  it('knows when the form holds unsaved edits', () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    expect(formChanged(form, DEFAULT_SETTINGS)).toBe(false);
    // A blank override is the same as none
    expect(formChanged({ ...form, copy: { ...form.copy, nl: { heading: ' ' } } }, DEFAULT_SETTINGS)).toBe(
      false,
    );
    expect(
      formChanged({ ...form, copy: { ...form.copy, nl: { heading: 'Past goed' } } }, DEFAULT_SETTINGS),
    ).toBe(true);
    expect(formChanged({ ...form, maxOffers: '2' }, DEFAULT_SETTINGS)).toBe(true);
  });
});
