// Renders the Preact view's target entries into a happy-dom document with the fake `shopify` global.
import type { OfferTarget } from '@tandem/offer-core';
import { Window } from 'happy-dom';
import { render } from 'preact';
import {
  normaliseText,
  type MountedView,
  type ViewButton,
  type ViewDriver,
} from '../../../test/unit/extensions/harness/view-driver.js';

type Entry = () => Promise<void>;

interface Globals {
  document?: unknown;
  shopify?: unknown;
}

const attribute = (element: Element, name: string): string | undefined => {
  const property = (element as unknown as Record<string, unknown>)[name];
  if (typeof property === 'string') return property;
  return element.getAttribute(name) ?? undefined;
};
const flag = (element: Element, name: string): boolean =>
  (element as unknown as Record<string, unknown>)[name] === true || element.hasAttribute(name);

export function domDriver(entries: Readonly<Record<OfferTarget, Entry>>): ViewDriver {
  return {
    name: 'Preact view (happy-dom)',
    async mount(target, api) {
      const window = new Window({ url: 'https://checkout.example/' });
      const globals = globalThis as Globals;
      const saved = { document: globals.document, shopify: globals.shopify };
      globals.document = window.document;
      globals.shopify = api;
      await entries[target]();
      const body = window.document.body as unknown as HTMLElement;
      const all = (selector: string): Element[] => [...body.querySelectorAll(selector)];
      const view: MountedView = {
        text: () => normaliseText(body.textContent ?? ''),
        buttons: () =>
          all('s-button').map((element): ViewButton => ({
            label: normaliseText(element.textContent ?? ''),
            accessibilityLabel: attribute(element, 'accessibilityLabel'),
            disabled: flag(element, 'disabled'),
            press: () => (element as HTMLElement).click(),
          })),
        links: () =>
          all('s-link').map((element) => ({
            label: normaliseText(element.textContent ?? ''),
            href: attribute(element, 'href') ?? '',
          })),
        announced: () =>
          normaliseText(
            all('s-stack')
              .filter((element) => attribute(element, 'accessibilityRole') === 'status')
              .map((element) => element.textContent ?? '')
              .join(' '),
          ),
        images: () => all('s-product-thumbnail').flatMap((element) => attribute(element, 'src') ?? []),
        skeletons: () => all('s-skeleton-paragraph').length,
        isEmpty: () => body.children.length === 0,
        async unmount() {
          render(null, body);
          globals.document = saved.document;
          globals.shopify = saved.shopify;
          await window.happyDOM.close();
        },
      };
      return view;
    },
  };
}
