import type { JsonlLine } from './jsonl-lines.js';

export type JsonObject = Record<string, unknown>;

/** A parent object with its `__parentId` children; `nextLine` = lines consumed once this group is stored. */
export interface LineGroup {
  readonly parent: JsonObject;
  readonly children: JsonObject[];
  readonly nextLine: number;
}

export type GroupEvent =
  | { readonly kind: 'group'; readonly group: LineGroup }
  /** A line we cannot use: not JSON, or a child outside its parent's group. */
  | { readonly kind: 'bad-line'; readonly line: number; readonly id: string | null; readonly reason: string }
  /**
   * End of input. `last` is the still-open group: complete only if the file was (`objects` matches the operation's
   * objectCount and the last line was not cut off).
   */
  | {
      readonly kind: 'end';
      readonly last: LineGroup | null;
      readonly objects: number;
      readonly cutOff: boolean;
    };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Joins bulk JSONL children to their parent. The operation runs with groupObjects: true, so a parent's children
 * follow it directly and one group at a time is all we hold. Lines up to `skip` were stored by an earlier attempt:
 * they are counted, not parsed.
 */
export async function* groupLines(lines: AsyncIterable<JsonlLine>, skip: number): AsyncGenerator<GroupEvent> {
  let open: { parent: JsonObject; children: JsonObject[] } | null = null;
  let objects = 0;
  let lastNumber = skip;
  for await (const line of lines) {
    if (line.text.trim() === '') continue;
    objects += 1;
    lastNumber = line.number;
    if (line.number <= skip) continue;
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch {
      if (!line.terminated) {
        yield { kind: 'end', last: null, objects: objects - 1, cutOff: true };
        return;
      }
      yield { kind: 'bad-line', line: line.number, id: null, reason: `line ${line.number} is not JSON` };
      continue;
    }
    if (!isObject(value)) {
      yield {
        kind: 'bad-line',
        line: line.number,
        id: null,
        reason: `line ${line.number} is not a JSON object`,
      };
      continue;
    }
    const parentId = value['__parentId'];
    if (parentId !== undefined) {
      if (open && open.parent['id'] === parentId) open.children.push(value);
      else {
        const id = typeof value['id'] === 'string' ? value['id'] : null;
        yield {
          kind: 'bad-line',
          line: line.number,
          id,
          reason: `line ${line.number}: child of ${String(parentId)} is not grouped under its parent`,
        };
      }
      continue;
    }
    if (open) yield { kind: 'group', group: { ...open, nextLine: line.number - 1 } };
    open = { parent: value, children: [] };
  }
  yield { kind: 'end', last: open ? { ...open, nextLine: lastNumber } : null, objects, cutOff: false };
}
