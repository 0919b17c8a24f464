// Reads shopify.app.toml: a deliberately small TOML subset (tables, arrays of tables, strings, booleans,
// numbers and string arrays, which may span lines), enough for our own file; anything else is an error.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type TomlValue = string | number | boolean | readonly string[];
export interface TomlTable {
  readonly name: string;
  readonly values: Readonly<Record<string, TomlValue>>;
}

export const APP_TOML = path.resolve(import.meta.dirname, '../../shopify.app.toml');

export function parseAppToml(text: string): TomlTable[] {
  const tables: { name: string; values: Record<string, TomlValue> }[] = [{ name: '', values: {} }];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').replace(/\s+#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[\[?([\w.]+)\]?\]$/.exec(line);
    if (header?.[1]) {
      tables.push({ name: header[1], values: {} });
      continue;
    }
    const pair = /^([\w.]+)\s*=\s*(.+)$/.exec(line);
    if (!pair?.[1] || pair[2] === undefined) throw new Error(`toml line ${index + 1}: cannot read "${line}"`);
    let value = pair[2];
    // A multi-line array: read on to its closing bracket.
    while (value.startsWith('[') && !value.trimEnd().endsWith(']') && index + 1 < lines.length) {
      index += 1;
      value += (lines[index] ?? '').replace(/\s+#.*$/, '').trim();
    }
    (tables.at(-1) as { values: Record<string, TomlValue> }).values[pair[1]] = parseValue(value, index + 1);
  }
  return tables;
}

function parseValue(value: string, line: number): TomlValue {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  const json = value.startsWith('[') ? value.replace(/,\s*\]$/, ']') : value;
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed === 'string') return parsed;
  if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed as string[];
  throw new Error(`toml line ${line}: unsupported value ${value}`);
}

/** The committed app configuration, as the deploy and the emulated app read it. */
export function readAppToml(file = APP_TOML) {
  const tables = parseAppToml(readFileSync(file, 'utf8'));
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
