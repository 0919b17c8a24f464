// A deliberately small TOML subset (tables, arrays of tables, strings, booleans, numbers and string arrays,
// which may span lines), enough for our own shopify.app.toml, shopify.web.toml and extension tomls; any other value
// (an inline table, e.g. a setting's validations) is kept as the text written. A line that is not `key = value`
// or a table header is an error.
export type TomlValue = string | number | boolean | readonly string[];
export interface TomlTable {
  readonly name: string;
  readonly values: Readonly<Record<string, TomlValue>>;
}

export function parseToml(text: string): TomlTable[] {
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
    (tables.at(-1) as { values: Record<string, TomlValue> }).values[pair[1]] = parseValue(value);
  }
  return tables;
}

function parseValue(value: string): TomlValue {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  try {
    const parsed: unknown = JSON.parse(value.startsWith('[') ? value.replace(/,\s*\]$/, ']') : value);
    if (typeof parsed === 'string') return parsed;
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed as string[];
  } catch {
    // not JSON-shaped: an inline table or a literal string, kept as written below
  }
  return value;
}
