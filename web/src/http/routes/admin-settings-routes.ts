import { Router } from 'express';
import { settingsSchema, type SettingsBody, type SettingsResponse } from '../../api-contract/index.js';
import type { CopyOverrides, Locale, Settings } from '../../domain/settings.js';
import { publishShopConfig } from '../../publish/publish-config.js';
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

/**
 * GET /api/settings: the shop's settings and whether checkout reads them yet.
 * PUT /api/settings: replaces them whole (idempotent) and republishes the shop config metafield at once, so the
 * change reaches checkout on its next render. Settings are stored first: a failed publish loses nothing, and the
 * answer says so (the same PUT again retries it).
 */
export function adminSettingsRoutes(
  deps: Pick<AdminDeps, 'stores' | 'adminClient' | 'now' | 'onRulesChanged'>,
): Router {
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
    res.json({ settings, config } satisfies SettingsResponse);
  });
  router.put('/api/settings', async (req, res) => {
    const shop = authenticatedShop(res);
    const body = parseInput(settingsSchema, req.body, 'settings');
    const before = await deps.stores.settings.get(shop);
    const settings = await deps.stores.settings.put(shop, toSettings(body));
    // Buyer profiles are written (on) or deleted (off) by the republish that follows, as lists are.
    if (before.personalise !== settings.personalise) await deps.onRulesChanged(shop);
    let config: SettingsResponse['config'];
    try {
      await publishShopConfig(await deps.adminClient(shop), shop, settings);
      config = { kind: 'live', since: deps.now().toISOString() };
    } catch (error) {
      req.log.warn({ err: error, shop }, 'settings saved but not published');
      config = { kind: 'failed', message: plainFailure(error, 'publish the settings to checkout') };
    }
    res.json({ settings, config } satisfies SettingsResponse);
  });
  return router;
}
