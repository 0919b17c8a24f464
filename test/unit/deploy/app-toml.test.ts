// shopify.app.toml against the code: the scopes and webhook topics it declares are those the app asks for and
// processes, its API version is the app's, nothing in it is a placeholder; and the deployable file written from it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ADMIN_API_VERSION, DEFAULT_SCOPES, loadDeployConfig } from '@tandem/web/config';
import { liveAppToml } from '@tandem/web/deploy/live-app-toml';
import { WEBHOOK_TOPICS } from '@tandem/web/webhooks/topics';
import { APP_TOML, parseAppToml, readAppToml } from '../../support/app-toml.js';

const COMPLIANCE = ['customers/data_request', 'customers/redact', 'shop/redact'];
const committed = readFileSync(APP_TOML, 'utf8');

describe('shopify.app.toml', () => {
  const app = readAppToml();

  it('declares the scopes the app requests and the topics it processes, at its API version', () => {
    expect([...app.scopes].sort()).toEqual([...DEFAULT_SCOPES].sort());
    expect([...app.topics, ...app.complianceTopics].sort()).toEqual([...WEBHOOK_TOPICS].sort());
    expect([...app.complianceTopics].sort()).toEqual(COMPLIANCE);
    expect(app.webhookApiVersion).toBe(ADMIN_API_VERSION);
    expect(new Set(app.webhookUris)).toEqual(new Set(['/webhooks']));
  });

  it('carries no app-specific value and no placeholder', () => {
    expect(Object.keys(app.root)).not.toEqual(expect.arrayContaining(['client_id']));
    for (const key of ['client_id', 'application_url']) expect(app.root[key]).toBeUndefined();
    expect(app.tables.map((table) => table.name)).not.toContain('auth');
    const values = JSON.stringify(app.tables.map((table) => table.values));
    expect(values).not.toMatch(
      /localhost|127\.0\.0\.1|example|placeholder|demo|changeme|include_config_on_deploy/i,
    );
    expect(app.root['extension_directories']).toEqual([
      'extensions/checkout-offers',
      'extensions/tandem-pixel',
    ]);
  });

  it('becomes the deployable shopify.app.live.toml with the app’s client id and URL from the environment', () => {
    // Given the deploy environment
    const deploy = loadDeployConfig({
      SHOPIFY_API_KEY: 'a61950a2cbd5f32876b0b55587ec7a27',
      SHOPIFY_APP_URL: 'https://tandem.shop-apps.net/',
    });
    // When the file is written
    const tables = parseAppToml(liveAppToml(committed, deploy));
    // Then it has the identity at the root, the auth table, and everything else unchanged
    const root = tables[0]?.values ?? {};
    expect(root).toMatchObject({
      client_id: 'a61950a2cbd5f32876b0b55587ec7a27',
      application_url: 'https://tandem.shop-apps.net',
      name: 'Tandem',
    });
    expect(tables.at(-1)).toEqual({
      name: 'auth',
      values: { redirect_urls: ['https://tandem.shop-apps.net/auth/callback'] },
    });
    expect(tables.slice(1, -1)).toEqual(parseAppToml(committed).slice(1));
    expect(() => liveAppToml(`client_id = "x"\n${committed}`, deploy)).toThrow(/must not set client_id/);
  });

  it('refuses a deploy without the client id or with a non-https URL, naming both', () => {
    expect(() => loadDeployConfig({ SHOPIFY_APP_URL: 'http://tandem.example.com' })).toThrow(
      /SHOPIFY_API_KEY[\s\S]*SHOPIFY_APP_URL: must be a https: URL/,
    );
  });
});

describe('web/shopify.web.toml', () => {
  it('lets `shopify app dev` run the one web process for the admin and the backend, webhooks at /webhooks', () => {
    const web = parseAppToml(
      readFileSync(path.resolve(import.meta.dirname, '../../../web/shopify.web.toml'), 'utf8'),
    );
    expect(web[0]?.values).toEqual({
      name: 'tandem',
      roles: ['frontend', 'backend'],
      webhooks_path: '/webhooks',
    });
    expect(web.find((table) => table.name === 'commands')?.values).toEqual({ dev: 'npm run dev' });
    const scripts = (
      JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../web/package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts['dev']).toContain('src/index.ts');
  });
});
