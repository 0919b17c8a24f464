import { Router } from 'express';
import {
  RECOMPUTE_SETTINGS,
  settingsSchema,
  type OffersStatus,
  type SettingsBody,
  type SettingsResponse,
} from '../../api-contract/index.js';
import type { CopyOverrides, Locale, Settings } from '../../domain/settings.js';
import { publishShopConfig } from '../../offers/publish-config.js';
import { authenticatedShop } from '../session-token.js';
import { configStatus, plainFailure } from './admin-config-status.js';
import type { AdminDeps } from './admin-deps.js';
import { parseInput } from './admin-input.js';

/** The contract's body as the store's Settings (locales without overrides are left out, not set to undefined). */
function toSettings(body: SettingsBody): Settings {
  const copy: Partial<Record<Locale, Readonly<Record<string, string>>>> = {};
  for (const [locale, messages] of Object.entries(body.copy)) {
    const kept = Object.entries(messages ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    if (kept.length > 0) copy[locale as Locale] = Object.fromEntries(kept);
  }
  return { ...body, copy: copy as CopyOverrides };
}

type SettingsDeps = Pick<
  AdminDeps,
  'stores' | 'adminClient' | 'now' | 'onRulesChanged' | 'onPersonalisationOn' | 'republishState'
>;

async function offersStatus(deps: SettingsDeps, shop: string): Promise<OffersStatus> {
  const report = await deps.stores.offers.getModelReport(shop);
  return { republish: deps.republishState(shop), publishedAt: report?.computedAt ?? null };
}

/**
 * GET /api/settings: the shop's settings, whether checkout reads them yet, and the offer lists' republish.
 * PUT /api/settings: replaces them whole (idempotent) and republishes the shop config metafield at once, so the
 * change reaches checkout on its next render; a changed RECOMPUTE_SETTINGS value also recomputes and republishes
 * the offer lists. Settings are stored first: a failed publish loses nothing, and the answer says so (the same PUT
 * again retries it).
 */
export function adminSettingsRoutes(deps: SettingsDeps): Router {
  const router = Router();
  router.get('/api/settings', async (_req, res) => {
    const shop = authenticatedShop(res);
    const settings = await deps.stores.settings.get(shop);
    let config: SettingsResponse['config'];
    try {
      config = await configStatus(await deps.adminClient(shop), shop, settings);
    } catch (error) {
      config = { kind: 'failed', message: plainFailure(error, 'check what checkout reads') };
    }
    res.json({ settings, config, offers: await offersStatus(deps, shop) } satisfies SettingsResponse);
  });
  router.put('/api/settings', async (req, res) => {
    const shop = authenticatedShop(res);
    const body = parseInput(settingsSchema, req.body, 'settings');
    const previous = await deps.stores.settings.get(shop);
    const settings = await deps.stores.settings.put(shop, toSettings(body));
    if (RECOMPUTE_SETTINGS.some((key) => previous[key] !== settings[key])) await deps.onRulesChanged(shop);
    if (settings.personalise && !previous.personalise) await deps.onPersonalisationOn(shop);
    let config: SettingsResponse['config'];
    try {
      await publishShopConfig(await deps.adminClient(shop), shop, settings);
      config = { kind: 'live', since: deps.now().toISOString() };
    } catch (error) {
      req.log.warn({ err: error, shop }, 'settings saved but not published');
      config = { kind: 'failed', message: plainFailure(error, 'publish the settings to checkout') };
    }
    res.json({ settings, config, offers: await offersStatus(deps, shop) } satisfies SettingsResponse);
  });
  return router;
}
