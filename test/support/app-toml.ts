// Reads shopify.app.toml, the app configuration shared by every deployment.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseToml, type TomlValue } from './toml.js';

export { parseToml as parseAppToml } from './toml.js';

export const APP_TOML = path.resolve(import.meta.dirname, '../../shopify.app.toml');

/** The committed app configuration, as the deploy and the emulated app read it. */
export function readAppToml(file = APP_TOML) {
  const tables = parseToml(readFileSync(file, 'utf8'));
  const table = (name: string) => tables.find((t) => t.name === name)?.values ?? {};
  const strings = (value: TomlValue | undefined): readonly string[] =>
    Array.isArray(value) ? value : typeof value === 'string' ? value.split(',').filter(Boolean) : [];
  const subscriptions = tables.filter((t) => t.name === 'webhooks.subscriptions').map((t) => t.values);
  return {
    root: table(''),
    tables,
    scopes: strings(table('access_scopes')['scopes']),
    webhookApiVersion: table('webhooks')['api_version'],
    topics: subscriptions.flatMap((s) => strings(s['topics'])),
    complianceTopics: subscriptions.flatMap((s) => strings(s['compliance_topics'])),
    webhookUris: subscriptions.map((s) => s['uri']),
  };
}
