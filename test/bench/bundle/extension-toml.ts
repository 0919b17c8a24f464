// Reads the few shopify.extension.toml facts the local build needs (through test/support/toml.ts).
import { parseToml } from '../../support/toml.js';

export interface ExtensionToml {
  readonly type: string | undefined;
  readonly handle: string | undefined;
  readonly name: string | undefined;
  readonly apiVersion: string | undefined;
  readonly targets: readonly { readonly target: string; readonly module: string }[];
  readonly settingKeys: readonly string[];
  readonly metafields: readonly { readonly namespace: string; readonly key: string }[];
  readonly capabilities: Readonly<Record<string, string>>;
}

export function readExtensionToml(text: string): ExtensionToml {
  // Values as text: the facts read here are strings, capabilities included ("true").
  const tables = parseToml(text).map(({ name, values }) => ({
    name,
    values: Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)])),
  }));
  const all = (name: string): Record<string, string>[] =>
    tables.filter((table) => table.name === name).map((table) => table.values);
  const root = tables[0]?.values ?? {};
  const extension = all('extensions')[0] ?? root;
  return {
    type: extension.type ?? root.type,
    handle: extension.handle,
    name: extension.name ?? root.name,
    apiVersion: root.api_version,
    targets: all('extensions.targeting').map((table) => ({
      target: table.target ?? '',
      module: table.module ?? '',
    })),
    settingKeys: all('extensions.settings.fields').map((table) => table.key ?? ''),
    metafields: all('extensions.metafields').map((table) => ({
      namespace: table.namespace ?? '',
      key: table.key ?? '',
    })),
    capabilities: all('extensions.capabilities')[0] ?? {},
  };
}
