import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SETTINGS } from '@tandem/web/domain/settings';
import { formFromSettings, settingsFromForm } from './settings-form.js';

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
});
