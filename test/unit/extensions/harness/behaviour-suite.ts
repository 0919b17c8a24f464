// One behaviour suite for every view of the checkout offers: each view's test file runs it with its driver.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { armForCheckout, dayNumber, parseTandemAttribute } from '@tandem/offer-core';
import { createFakeCheckout, type FakeCheckoutOptions } from './fake-checkout.js';
import { beansOffers, buildCatalog, configValue, gid, offersValue } from './fixtures.js';
import { buttonNamed, settle, type MountedView, type ViewDriver } from './view-driver.js';

const beansCart = {
  cart: [{ variant: 1011, quantity: 2 }],
  offers: new Map([[101, offersValue(beansOffers())]]),
};
const names = (fake: { published: { name: string }[] }): string[] => fake.published.map(({ name }) => name);

export function describeOfferViews(driver: ViewDriver, defaults: Partial<FakeCheckoutOptions> = {}): void {
  describe(`${driver.name}: checkout offers behaviour`, () => {
    let mounted: MountedView[] = [];
    let fetchSpy: jest.Mock;
    const originalFetch = globalThis.fetch;
    beforeEach(() => {
      mounted = [];
      fetchSpy = jest.fn(() => Promise.reject(new Error('network call from the extension')));
      globalThis.fetch = fetchSpy as unknown as typeof fetch;
    });
    afterEach(async () => {
      globalThis.fetch = originalFetch;
      for (const view of mounted) await view.unmount();
    });

    const render = async (options: FakeCheckoutOptions, target: 'block' | 'line' | 'thank-you' = 'block') => {
      const fake = createFakeCheckout({ ...defaults, ...options });
      const view = await driver.mount(target, fake.api);
      mounted.push(view);
      await settle();
      return { fake, view };
    };

    it.each([
      [
        'nl-NL',
        'EUR',
        'NL',
        [
          'Past goed bij je bestelling',
          '€ 4,95',
          '€ 9,50',
          '€ 12,00',
          '12 klanten kochten dit samen met Coffee beans',
        ],
      ],
      [
        'nb-NO',
        'NOK',
        'NO',
        [
          'Passer godt til bestillingen din',
          '49,50 kr',
          '95,00 kr',
          '120,00 kr',
          '12 kunder kjøpte dette sammen med Coffee beans',
        ],
      ],
      [
        'en-US',
        'USD',
        'US',
        [
          'Goes well with your order',
          '$5.94',
          '$11.40',
          '$14.40',
          'Bought together with Coffee beans by 12 shoppers',
        ],
      ],
    ])('shows the offers with prices formatted for %s %s', async (locale, currency, country, expected) => {
      // Given a cart of coffee beans and their published offers, in the buyer's locale and currency
      const { view } = await render({ ...beansCart, locale, currency, country });
      // Then the heading, prices (with the mug's compare-at) and reason copy are localised
      for (const text of expected) expect(view.text()).toContain(text);
      expect(view.text()).not.toContain('[missing');
      // And only offers under the default price cap (50 % of the subtotal) appear
      expect(view.text()).not.toMatch(/Kettle|Coffee grinder|Dripper/);
      expect(view.images()).toEqual(['https://cdn.example/filter-papers.png', 'https://cdn.example/mug.png']);
    });

    it('never offers what is in the cart or sold out', async () => {
      // Given filter papers already in the cart and the scale sold out, with no price cap in the way
      const { view } = await render({
        ...beansCart,
        cart: [{ variant: 1011 }, { variant: 1031 }],
        settings: { price_cap_pct: 1000 },
      });
      // Then the three offers are the merchant pick and the best available others
      expect(view.text()).toMatch(/Coffee grinder.*Mug.*Kettle/);
      expect(view.text()).not.toMatch(/Filter papers|Scale/);
      expect(view.buttons().filter((button) => button.label === 'Add')).toHaveLength(3);
    });

    it('honours the max offers setting', async () => {
      const { view } = await render({ ...beansCart, settings: { price_cap_pct: 1000, max_offers: 2 } });
      expect(view.buttons().map((button) => button.accessibilityLabel)).toEqual([
        'Add Coffee grinder to your order',
        'Add Filter papers to your order',
        undefined,
      ]);
    });

    it('renders nothing and queries nothing when cart lines cannot be added', async () => {
      const { view, fake } = await render({ ...beansCart, canAddCartLine: false });
      expect(view.isEmpty()).toBe(true);
      expect(view.buttons()).toEqual([]);
      expect(fake.queries).toEqual([]);
    });

    it('shows no upgrade button when cart lines cannot be updated', async () => {
      const { view } = await render({ ...beansCart, canUpdateCartLine: false }, 'line');
      expect(view.isEmpty()).toBe(true);
    });

    it('shows a skeleton while prices load, then the offers', async () => {
      // Given a Storefront answer that has not arrived yet
      const fake = createFakeCheckout({ ...defaults, ...beansCart });
      fake.holdQueries();
      const view = await driver.mount('block', fake.api);
      mounted.push(view);
      await settle();
      // Then a skeleton holds the place and nothing is clickable
      expect(view.skeletons()).toBeGreaterThan(0);
      expect(view.buttons()).toEqual([]);
      // When prices arrive, the offers replace it
      fake.releaseQueries();
      await settle();
      expect(view.skeletons()).toBe(0);
      expect(view.buttons().length).toBeGreaterThan(0);
    });

    it('adds exactly one tagged unit on click and shows Added', async () => {
      const { view, fake } = await render(beansCart);
      expect(fake.changes).toEqual([]);
      // When the buyer clicks Add on the filter papers
      buttonNamed(view, 'Add').press();
      await settle();
      // Then one line is added with the _tandem attribute naming offer, arm and kind
      expect(fake.changes).toEqual([
        {
          type: 'addCartLine',
          merchandiseId: gid.variant(1031),
          quantity: 1,
          attributes: [{ key: '_tandem', value: expect.any(String) }],
        },
      ]);
      const attribute = (fake.changes[0] as { attributes: { value: string }[] }).attributes[0];
      expect(parseTandemAttribute(attribute?.value)).toEqual({
        kind: 'offer',
        offerId: '101-1031',
        arm: 'treatment',
        offerKind: 'xsell',
      });
      // And the same button now reads Added (focus has not lost its element), the add is announced,
      // the other offer stays, and the add is published
      expect(view.buttons().map(({ label, accessibilityLabel }) => [label, accessibilityLabel])).toEqual([
        ['Added', 'Added Filter papers to your order'],
        ['Add', 'Add Mug to your order'],
        ['No thanks', undefined],
      ]);
      expect(view.announced()).toBe('Added Filter papers to your order');
      expect(names(fake)).toContain('tandem:add');
      // And availability is read once more, for the changed cart
      expect(fake.queries).toHaveLength(2);
    });

    it('shows a translated error (never the raw one) and lets the buyer retry', async () => {
      const { view, fake } = await render({ ...beansCart, locale: 'de-DE', currency: 'EUR' });
      fake.changeResults.push({ type: 'error', message: 'INTERNAL: merchandise 1031 locked' });
      // When the first attempt fails
      buttonNamed(view, 'Hinzufügen').press();
      await settle();
      // Then a short German message shows and the button is usable again
      expect(view.text()).toContain(
        'Der Artikel konnte nicht hinzugefügt werden. Bitte versuche es noch einmal.',
      );
      expect(view.text()).not.toContain('INTERNAL');
      expect(view.announced()).toBe(
        'Der Artikel konnte nicht hinzugefügt werden. Bitte versuche es noch einmal.',
      );
      expect(buttonNamed(view, 'Hinzufügen').disabled).toBe(false);
      expect(names(fake)).toContain('tandem:error');
      // When the buyer retries, it succeeds
      buttonNamed(view, 'Hinzufügen').press();
      await settle();
      expect(fake.changes).toHaveLength(2);
      expect(view.text()).toContain('Hinzugefügt');
    });

    it('drops an offer that sold out while checkout was open, says so, and shows the next one', async () => {
      // Given the grinder (the merchant's pick), filter papers and mug offered (no price cap in the way)
      const catalog = buildCatalog();
      const { view, fake } = await render({ ...beansCart, catalog, settings: { price_cap_pct: 1000 } });
      expect(view.text()).toMatch(/Coffee grinder.*Filter papers.*Mug/);
      // When the filter papers sell out and the buyer's add fails for it
      const papers = catalog.get(gid.variant(1031));
      if (papers) catalog.set(papers.id, { ...papers, available: false });
      fake.changeResults.push({ type: 'error', message: 'merchandise 1031 is out of stock' });
      view
        .buttons()
        .find((button) => button.accessibilityLabel === 'Add Filter papers to your order')
        ?.press();
      await settle();
      // Then the offer is gone with a short, honest message, and the next offer takes its place
      expect(view.text()).toContain('Filter papers just sold out.');
      expect(view.announced()).toBe('Filter papers just sold out.');
      expect(view.text()).not.toContain('Please try again');
      expect(view.buttons().map((button) => button.accessibilityLabel)).toEqual([
        'Add Coffee grinder to your order',
        'Add Mug to your order',
        'Add Kettle to your order',
        undefined,
      ]);
    });

    it('checks availability again when the cart changes, and drops what sold out meanwhile', async () => {
      // Given the mug offered
      const catalog = buildCatalog();
      const { view, fake } = await render({ ...beansCart, catalog, settings: { price_cap_pct: 1000 } });
      expect(view.text()).toContain('Mug');
      // When it sells out and then the buyer changes the cart (the block renders again)
      const mug = catalog.get(gid.variant(1041));
      if (mug) catalog.set(mug.id, { ...mug, available: false });
      fake.lines.set(fake.lines.value.map((line) => ({ ...line, quantity: line.quantity + 1 })));
      await settle();
      // Then the mug is no longer offered
      expect(view.text()).not.toContain('Mug');
      expect(fake.queries).toHaveLength(2);
    });

    it('remembers a dismissal for this checkout', async () => {
      const storage = new Map<string, unknown>();
      const { view, fake } = await render({ ...beansCart, storage });
      // When the buyer says no thanks
      buttonNamed(view, 'No thanks').press();
      await settle();
      // Then the offers go, leaving only a short announced note
      expect(view.buttons()).toEqual([]);
      expect(view.text()).toBe('Offers hidden for this order.');
      expect(view.announced()).toBe('Offers hidden for this order.');
      expect(names(fake)).toContain('tandem:dismiss');
      // Then a re-render of the same checkout shows nothing and asks Storefront nothing
      const again = await render({ ...beansCart, storage });
      expect(again.view.isEmpty()).toBe(true);
      expect(again.fake.queries).toEqual([]);
      // But another checkout in the same browser still sees offers
      const other = await render({ ...beansCart, storage, checkoutToken: 'another-checkout' });
      expect(other.view.buttons().length).toBeGreaterThan(0);
    });

    it('stops showing offers a buyer dismissed in two checkouts, in later checkouts too', async () => {
      // Given one browser's storage and a cart whose block shows the grinder, filter papers and mug
      const storage = new Map<string, unknown>();
      const cart = { ...beansCart, storage, settings: { price_cap_pct: 1000 } };
      // When the buyer says no thanks to them in two checkouts
      for (const checkoutToken of ['first-checkout', 'second-checkout']) {
        const { view } = await render({ ...cart, checkoutToken });
        expect(view.text()).toMatch(/Coffee grinder.*Filter papers.*Mug/);
        buttonNamed(view, 'No thanks').press();
        await settle();
      }
      // Then a third checkout shows the next offers instead
      const third = await render({ ...cart, checkoutToken: 'third-checkout' });
      expect(third.view.text()).not.toMatch(/Coffee grinder|Filter papers|Mug/);
      expect(third.view.text()).toContain('Kettle');
      // And a shop that turned the cap off shows them again
      const uncapped = await render({
        ...cart,
        checkoutToken: 'fourth-checkout',
        config: configValue({ dismissLimit: 0 }),
      });
      expect(uncapped.view.text()).toMatch(/Coffee grinder.*Filter papers.*Mug/);
    });

    it('upgrades a line with one updateCartLine keeping quantity and attributes', async () => {
      // Given 2 × 250 g beans with an attribute another app set
      const cart = [{ variant: 1011, quantity: 2, attributes: [{ key: 'gift_note', value: 'yes' }] }];
      const { view, fake } = await render({ ...beansCart, cart, locale: 'nl-NL', currency: 'EUR' }, 'line');
      // Then the prompt prices the whole line's difference
      expect(view.text()).toContain('€ 8,40 meer voor 500 g');
      // When the buyer upgrades
      buttonNamed(view, 'Upgraden').press();
      await settle();
      // Then exactly one atomic update switched the variant
      expect(fake.changes).toEqual([
        {
          type: 'updateCartLine',
          id: fake.lines.value[0]?.id,
          merchandiseId: gid.variant(1012),
          quantity: 2,
          attributes: [
            { key: 'gift_note', value: 'yes' },
            { key: '_tandem', value: '1:upgrade:treatment:1011-1012' },
          ],
        },
      ]);
      expect(buttonNamed(view, 'Geüpgraded').accessibilityLabel).toBe('Geüpgraded naar 500 g');
      expect(view.announced()).toBe('Geüpgraded naar 500 g');
      expect(names(fake)).toContain('tandem:upgrade');
    });

    it('renders nothing for the control arm and publishes eligibility', async () => {
      // Given a token the holdout hash puts in control at a 50 % share
      const token = Array.from({ length: 100 }, (_, n) => `checkout-${n}`).find(
        (t) => armForCheckout(t, { holdoutShare: 0.5, salt: 'tandem' }) === 'control',
      );
      const { view, fake } = await render({
        ...beansCart,
        checkoutToken: token ?? '',
        config: configValue({ holdoutShare: 0.5 }),
      });
      expect(view.isEmpty()).toBe(true);
      expect(fake.published).toEqual([
        {
          name: 'tandem:eligible',
          data: expect.objectContaining({
            arm: 'control',
            event: 'eligible',
            checkoutToken: token,
            offerId: null,
          }),
        },
      ]);
      expect(fake.queries).toEqual([]);
    });

    it('lets the merchant force the control arm from settings', async () => {
      const { view, fake } = await render({ ...beansCart, settings: { holdout: 'control' } });
      expect(view.isEmpty()).toBe(true);
      expect(names(fake)).toEqual(['tandem:eligible']);
    });

    it.each([
      [
        'a malformed offers metafield',
        { offers: new Map([[101, '{"ver":1,"o":[{"v":"nope"}]}']]) },
        'offer 0: v is not a variant GID',
      ],
      ['offers that are not JSON', { offers: new Map([[101, '{oops']]) }, 'not JSON'],
      [
        'a malformed shop config',
        { config: '{"version":1,"maxOffers":"three"}' },
        'maxOffers is not an integer',
      ],
      ['a missing shop config', { config: undefined }, 'config: missing'],
    ])('renders nothing for %s and warns once in development', async (_case, options, warning) => {
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
      try {
        const { view, fake } = await render({ ...beansCart, ...options, dev: true });
        fake.lines.set([...fake.lines.value]);
        await settle();
        expect(view.isEmpty()).toBe(true);
        expect(fake.queries).toEqual([]);
        expect(warn).toHaveBeenCalledTimes(1);
        expect(String(warn.mock.calls[0]?.[0])).toContain(warning);
      } finally {
        warn.mockRestore();
      }
    });

    it('queries Storefront once per cart, with every offered variant, and makes no other network call', async () => {
      const { view, fake } = await render({ ...beansCart, locale: 'nb-NO', currency: 'NOK', country: 'NO' });
      expect(fake.queries).toHaveLength(1);
      buttonNamed(view, 'Legg til').press();
      await settle();
      expect(fake.queries).toHaveLength(2);
      expect(fake.queries[0]?.variables).toEqual({
        ids: [1021, 1031, 1041, 1061, 1051, 1071].map(gid.variant),
        country: 'NO',
        language: 'NB',
      });
      expect(fetchSpy).not.toHaveBeenCalled();
    });

    it('publishes one impression per shown offer', async () => {
      const { view, fake } = await render(beansCart);
      buttonNamed(view, 'Add').press();
      await settle();
      const impressions = fake.published
        .filter(({ name }) => name === 'tandem:impression')
        .map(({ data }) => data.offerId);
      expect(impressions).toEqual(['101-1031', '101-1041']);
    });

    it('shows a sample offer in the checkout editor and never changes a cart there', async () => {
      const { view, fake } = await render({
        editor: true,
        config: undefined,
        locale: 'nl-NL',
        currency: 'EUR',
      });
      expect(view.text()).toContain('Voorbeeldproduct');
      expect(view.text()).toContain('€ 19,95');
      buttonNamed(view, 'Toevoegen').press();
      await settle();
      expect(fake.changes).toEqual([]);
      expect(fake.published).toEqual([]);
    });

    it("offers a returning buyer's due repeat purchase from their profile as 'Buy again'; a guest does not see it", async () => {
      // A cart whose product has no published list: a guest is offered nothing
      const kettle = { cart: [{ variant: 1051 }] };
      const guest = await render(kettle);
      expect(guest.view.text()).not.toContain('You bought this before');
      expect(guest.fake.queries).toEqual([]);

      // The logged-in buyer's profile (customer metafield): the dripper bought 20 days ago, re-bought every 14
      const profile = JSON.stringify({
        ver: 1,
        shop: 'coffee.myshopify.com',
        at: dayNumber(Date.now()),
        n: 4,
        i: [[107, 1071, 20, 3, 14]],
        h: [],
      });
      const { view } = await render({ ...kettle, profile });
      expect(view.text()).toContain('Dripper');
      expect(view.text()).toContain('You bought this before');
      expect(view.buttons().map((button) => button.label)).toContain('Add');
    });

    it('links thank-you recommendations to the product page instead of adding them', async () => {
      const { view, fake } = await render(beansCart, 'thank-you');
      expect(view.text()).toContain('You might also like');
      expect(view.links()).toEqual([
        { label: 'View', href: 'https://coffee.example/products/filter-papers' },
        { label: 'View', href: 'https://coffee.example/products/mug' },
      ]);
      expect(view.buttons()).toEqual([]);
      expect(fake.changes).toEqual([]);
    });
  });
}
