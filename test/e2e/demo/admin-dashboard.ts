// The admin dashboard in the local admin frame, and the KPI API behind it (with a session token the emulator signs).
import type { Page } from 'playwright-core';

export interface Kpis {
  readonly currency: string | null;
  readonly attributed: {
    readonly revenueMinor: number;
    readonly byKind: Readonly<Record<'xsell' | 'upgrade', { readonly orders: number }>>;
  };
  readonly arms: Readonly<
    Record<
      'treatment' | 'control',
      {
        readonly orders: number;
        readonly impressions: number;
        readonly adds: number;
        readonly upgrades: number;
        readonly eligibleCheckouts: number;
      }
    >
  >;
}

export async function readKpis(publicUrl: string): Promise<Kpis> {
  const { token } = (await (await fetch(`${publicUrl}/dev/session-token`)).json()) as { token: string };
  const response = await fetch(`${publicUrl}/api/kpis`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`/api/kpis answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Kpis;
}

/** Polls the KPI API until `until` holds (attribution and rollups run in the background after the webhook). */
export async function waitForKpis(
  publicUrl: string,
  until: (kpis: Kpis) => boolean,
  timeoutMs = 60_000,
): Promise<Kpis> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const kpis = await readKpis(publicUrl);
    if (until(kpis)) return kpis;
    if (Date.now() > deadline)
      throw new Error(
        `KPIs never reached the expected state; last: ${JSON.stringify({ attributed: kpis.attributed, arms: kpis.arms })}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The text of the dashboard's card or panel that contains `label` (inside the embedded app's iframe). */
export async function dashboardPanel(page: Page, label: string): Promise<string> {
  const app = page.frameLocator('#app-frame');
  const heading = app.getByText(label, { exact: true }).first();
  try {
    await heading.waitFor({ timeout: 30_000 });
  } catch (error) {
    const body = await app
      .locator('body')
      .innerText()
      .catch(() => '(no app frame)');
    throw new Error(`the dashboard shows no "${label}"; the app frame says: ${body.slice(0, 600)}`, {
      cause: error,
    });
  }
  return heading
    .locator(
      'xpath=ancestor::div[contains(@class,"Polaris-ShadowBevel") or contains(@class,"Polaris-Card")][1]',
    )
    .innerText();
}
