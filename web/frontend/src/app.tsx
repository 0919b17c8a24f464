import { NavMenu } from '@shopify/app-bridge-react';
import { ADMIN_PAGES, type AdminPageKey } from '@tandem/web/api-contract/pages';
import type { ComponentType, MouseEvent } from 'react';
import { ErrorBoundary } from './components/error-boundary.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { DiscountsPage } from './pages/discounts-page.js';
import { OffersPage } from './pages/offers-page.js';
import { PlanPage } from './pages/plan-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { SyncPage } from './pages/sync-page.js';
import { UpgradesPage } from './pages/upgrades-page.js';
import { navigate, useLocation, useScrollReset } from './router.js';

const LABELS: Record<AdminPageKey, string> = {
  dashboard: 'Dashboard',
  offers: 'Offers',
  upgrades: 'Upgrades',
  discounts: 'Discounts',
  settings: 'Settings',
  sync: 'Sync',
  plan: 'Plan',
};

/*
 * One bundle, not a chunk per page: measured with `npm run bench:admin`, the page chunk's extra round trip after
 * the main chunk cost more LCP than parsing the other pages' code saved (pages are ~10% of the bundle; Polaris and
 * React are the rest).
 */
const PAGES: Record<AdminPageKey, ComponentType> = {
  dashboard: DashboardPage,
  offers: OffersPage,
  upgrades: UpgradesPage,
  discounts: DiscountsPage,
  settings: SettingsPage,
  sync: SyncPage,
  plan: PlanPage,
};

/** In the Shopify admin, App Bridge takes the menu into the sidebar; outside it (dev shim) the links stay in page. */
function onNavClick(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
}

export function App() {
  const { path } = useLocation();
  useScrollReset(path);
  const current = ADMIN_PAGES.find((page) => page.path === path) ?? ADMIN_PAGES[0];
  const Page = PAGES[current.key];
  return (
    <>
      <NavMenu>
        {ADMIN_PAGES.map((page) => (
          <a
            key={page.key}
            href={page.path}
            onClick={onNavClick}
            {...(page.path === '/' ? { rel: 'home' } : {})}
            {...(page.key === current.key ? { 'aria-current': 'page' } : {})}
          >
            {LABELS[page.key]}
          </a>
        ))}
      </NavMenu>
      <main>
        <ErrorBoundary resetKey={current.key}>
          <Page />
        </ErrorBoundary>
      </main>
    </>
  );
}
