import type { Page } from 'playwright-core';

/** One admin page as the bench loads it: when it is ready, and the interaction scripted for INP. */
export interface BenchPage {
  readonly name: string;
  readonly path: string;
  readonly query?: Record<string, string>;
  /** Visible once the page's data has rendered. */
  ready(page: Page): Promise<void>;
  /** A typical merchant interaction on the page (what INP measures). */
  interact(page: Page): Promise<void>;
}

export function benchPages(productId: string): BenchPage[] {
  return [
    {
      name: 'Dashboard',
      path: '/',
      ready: (page) => page.getByText('Products synced').waitFor(),
      interact: async (page) =>
        void (await page.getByRole('combobox', { name: 'Date range' }).selectOption('7')),
    },
    {
      name: 'Offers',
      path: '/offers',
      query: { product: productId },
      ready: (page) => page.getByText('Cross-sells, in rank order').waitFor(),
      interact: (page) => page.getByLabel('Search products').first().pressSequentially('co'),
    },
    {
      name: 'Upgrades',
      path: '/upgrades',
      ready: (page) => page.getByRole('heading', { name: 'Upgrades', level: 1 }).waitFor(),
      interact: (page) => page.getByRole('link', { name: 'Settings', exact: true }).click(),
    },
    {
      name: 'Discounts',
      path: '/discounts',
      ready: (page) => page.getByText('New bundle discount').waitFor(),
      interact: (page) => page.getByLabel('Other product discounts').click(),
    },
    {
      name: 'Settings',
      path: '/settings',
      ready: (page) => page.getByLabel('Most offers shown').waitFor(),
      interact: (page) => page.getByRole('tab', { name: 'German' }).click(),
    },
    {
      name: 'Sync',
      path: '/sync',
      ready: (page) => page.getByText('full · paged').first().waitFor(),
      interact: (page) => page.getByRole('link', { name: 'Dashboard', exact: true }).click(),
    },
  ];
}
