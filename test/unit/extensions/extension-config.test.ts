// The extension tomls and locale files: what `shopify app build` and the translate API rely on.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  REASON_COPY_KEYS,
  SETTING_KEYS,
  TANDEM_NAMESPACE,
  OFFERS_KEY,
  CONFIG_KEY,
  PROFILE_KEY,
} from '@tandem/offer-core';
import { DEMO_APP } from '@tandem/emulator';
import { readPixelFields } from '../../support/app-toml.js';
import { EXTENSIONS_DIR } from '../../bench/bundle/build-extensions.js';
import { readExtensionToml } from '../../bench/bundle/extension-toml.js';

const TARGETS = [
  'purchase.checkout.block.render',
  'purchase.checkout.cart-line-item.render-after',
  'purchase.thank-you.block.render',
];
const LOCALES = ['en.default.json', 'nl.json', 'de.json', 'nb.json'];
const UI_EXTENSIONS = [
  ['checkout-offers', '2026-07'],
  ['checkout-offers-react', '2025-07'],
] as const;

type Tree = { [key: string]: string | Tree };
const read = (...parts: string[]): string => readFileSync(path.join(EXTENSIONS_DIR, ...parts), 'utf8');
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );

describe.each(UI_EXTENSIONS)('%s shopify.extension.toml', (name, apiVersion) => {
  const toml = readExtensionToml(read(name, 'shopify.extension.toml'));

  it('declares the API version, the three targets and an existing module for each', () => {
    expect(toml).toMatchObject({ type: 'ui_extension', apiVersion });
    expect(toml.targets.map(({ target }) => target)).toEqual(TARGETS);
    for (const { module } of toml.targets)
      expect(existsSync(path.join(EXTENSIONS_DIR, name, module))).toBe(true);
  });

  it('reads the app-owned metafields with Storefront access and no other network', () => {
    expect(toml.metafields).toEqual([
      { namespace: TANDEM_NAMESPACE, key: OFFERS_KEY },
      { namespace: TANDEM_NAMESPACE, key: CONFIG_KEY },
      { namespace: TANDEM_NAMESPACE, key: PROFILE_KEY },
    ]);
    expect(toml.capabilities).toEqual({ api_access: 'true', network_access: 'false' });
  });

  it('declares exactly the settings the core reads (at most 20)', () => {
    expect([...toml.settingKeys].sort()).toEqual(Object.values(SETTING_KEYS).sort());
    expect(toml.settingKeys.length).toBeLessThanOrEqual(20);
  });
});

describe('locales', () => {
  const english = JSON.parse(read('checkout-offers', 'locales', 'en.default.json')) as Tree;
  const required = [
    ...Object.values(REASON_COPY_KEYS).filter((key) => key !== REASON_COPY_KEYS.boughtTogetherCount),
    'heading',
    'dismiss',
    'thank_you.heading',
    'sample.title',
  ];

  it.each(LOCALES)('%s has every key English has, translated', (file) => {
    const locale = JSON.parse(read('checkout-offers', 'locales', file)) as Tree;
    expect(keysOf(locale).sort()).toEqual(keysOf(english).sort());
    if (file !== 'en.default.json') expect(locale.heading).not.toBe(english.heading);
  });

  it('has the copy keys the core produces, with plural forms for counts', () => {
    for (const key of required) expect(keysOf(english)).toContain(key);
    expect(keysOf(english)).toEqual(
      expect.arrayContaining([
        `${REASON_COPY_KEYS.boughtTogetherCount}.one`,
        `${REASON_COPY_KEYS.boughtTogetherCount}.other`,
      ]),
    );
  });

  it.each(LOCALES)('the React view ships the same %s', (file) => {
    expect(read('checkout-offers-react', 'locales', file)).toBe(read('checkout-offers', 'locales', file));
  });
});

describe('tandem-pixel shopify.extension.toml', () => {
  it('is a strict web pixel with a backend URL setting', () => {
    const text = read('tandem-pixel', 'shopify.extension.toml');
    expect(text).toMatch(/^type = "web_pixel_extension"$/m);
    expect(text).toMatch(/^runtime_context = "strict"$/m);
    expect(text).toMatch(/^\[settings\.fields\.backendUrl\]$/m);
  });
});

describe('tandem-pixel shopify.extension.toml', () => {
  it('declares the settings the demo emulator validates webPixelCreate against, and analytics consent', () => {
    expect(readPixelFields()).toEqual(DEMO_APP.webPixelFields);
    expect(read('tandem-pixel', 'shopify.extension.toml')).toMatch(
      /\[customer_privacy\][^[]*analytics = true/,
    );
  });
});
