// Reads the few shopify.extension.toml facts the local build needs. A deliberately small TOML subset
// (tables, arrays of tables, `key = "string" | number | boolean`), enough for our own files.
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
  const tables: { name: string; values: Record<string, string> }[] = [{ name: '', values: {} }];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[\[?([\w.]+)\]?\]$/.exec(line);
    if (header?.[1]) {
      tables.push({ name: header[1], values: {} });
      continue;
    }
    const pair = /^([\w.]+)\s*=\s*(.+)$/.exec(line);
    if (!pair?.[1] || pair[2] === undefined) throw new Error(`toml line ${index + 1}: cannot read "${line}"`);
    const value = pair[2].trim();
    (tables.at(-1) as { values: Record<string, string> }).values[pair[1]] = value.startsWith('"')
      ? (JSON.parse(value) as string)
      : value;
  }
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
