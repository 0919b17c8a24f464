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

export const PIXEL_TOML = path.resolve(
  import.meta.dirname,
  '../../extensions/tandem-pixel/shopify.extension.toml',
);

/** The settings fields the pixel extension declares, as the emulated Shopify validates webPixelCreate against. */
export function readPixelFields(file = PIXEL_TOML) {
  const fields: Record<string, { type: 'single_line_text_field'; minLength?: number }> = {};
  for (const table of parseToml(readFileSync(file, 'utf8'))) {
    const name = /^settings\.fields\.(\w+)$/.exec(table.name)?.[1];
    if (!name) continue;
    if (table.values['type'] !== 'single_line_text_field')
      throw new Error(`pixel setting ${name}: only single_line_text_field is emulated`);
    const min = /name\s*=\s*"min",\s*value\s*=\s*"(\d+)"/.exec(
      String(table.values['validations'] ?? ''),
    )?.[1];
    fields[name] = { type: 'single_line_text_field', ...(min !== undefined && { minLength: Number(min) }) };
  }
  return fields;
}
