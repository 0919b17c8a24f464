import { describe, expect, it } from '@jest/globals';
import { groupLines } from '@tandem/web/sync/bulk/group-lines';
import { readLines, TransferError, type JsonlLine } from '@tandem/web/sync/bulk/jsonl-lines';

/** A body delivered in the given chunks (byte boundaries anywhere, even inside a UTF-8 character). */
function body(chunks: readonly Uint8Array[], failAfter?: number): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      if (failAfter !== undefined && index === failAfter)
        return controller.error(new Error('socket hang up'));
      const chunk = chunks[index++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

const split = (text: string, size: number): Uint8Array[] => {
  const bytes = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.slice(at, at + size));
  return chunks;
};

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function* linesOf(text: string): AsyncGenerator<JsonlLine> {
  yield* readLines(body(split(text, 7)));
}

const P1 = '{"id":"gid://shopify/Product/1","title":"Crème brûlée"}';
const V11 = '{"id":"gid://shopify/ProductVariant/11","__parentId":"gid://shopify/Product/1"}';
const V12 = '{"id":"gid://shopify/ProductVariant/12","__parentId":"gid://shopify/Product/1"}';
const P2 = '{"id":"gid://shopify/Product/2","title":"Tea"}';
const V21 = '{"id":"gid://shopify/ProductVariant/21","__parentId":"gid://shopify/Product/2"}';

describe('readLines', () => {
  it('splits a chunked body into lines, multi-byte characters cut across chunks included', async () => {
    // Given a body in 3-byte chunks that split "è" and "û"
    const text = `${P1}\n${V11}\n`;
    // When read
    const lines = await collect(readLines(body(split(text, 3))));
    // Then the lines come back whole, numbered, terminated
    expect(lines).toEqual([
      { number: 1, text: P1, terminated: true },
      { number: 2, text: V11, terminated: true },
    ]);
  });

  it('reports a last line without a newline as unterminated', async () => {
    const lines = await collect(readLines(body(split(`${P1}\n{"id":"gid://sho`, 5))));
    expect(lines.at(-1)).toEqual({ number: 2, text: '{"id":"gid://sho', terminated: false });
  });

  it('turns a broken transfer into a TransferError naming the last whole line', async () => {
    const reading = collect(readLines(body(split(`${P1}\n${V11}\n`, 40), 2)));
    await expect(reading).rejects.toThrow(TransferError);
    await expect(collect(readLines(body(split(`${P1}\n${V11}\n`, 40), 2)))).rejects.toThrow(
      'download broke off after line 1: socket hang up',
    );
  });
});

describe('groupLines', () => {
  it('joins __parentId children to their parent and marks where each group ends', async () => {
    // Given two parents with their children directly after them (groupObjects: true)
    const events = await collect(groupLines(linesOf([P1, V11, V12, P2, V21].join('\n') + '\n'), 0));
    // Then the first group closes when the next parent starts, and the last is open at the end
    expect(events).toEqual([
      {
        kind: 'group',
        group: { parent: JSON.parse(P1), children: [JSON.parse(V11), JSON.parse(V12)], nextLine: 3 },
      },
      {
        kind: 'end',
        last: { parent: JSON.parse(P2), children: [JSON.parse(V21)], nextLine: 5 },
        objects: 5,
        cutOff: false,
      },
    ]);
  });

  it('skips lines already stored but still counts them', async () => {
    const events = await collect(groupLines(linesOf([P1, V11, V12, P2, V21].join('\n')), 3));
    expect(events).toEqual([
      {
        kind: 'end',
        last: { parent: JSON.parse(P2), children: [JSON.parse(V21)], nextLine: 5 },
        objects: 5,
        cutOff: false,
      },
    ]);
  });

  it('reports a cut-off last line without the open group', async () => {
    const events = await collect(groupLines(linesOf(`${P1}\n${V11}\n${P2}\n{"id":"gid://shopify/Prod`), 0));
    expect(events.at(-1)).toEqual({ kind: 'end', last: null, objects: 3, cutOff: true });
    expect(events).toHaveLength(2);
  });

  it('names lines it cannot use: not JSON, not an object, a child outside its parent group', async () => {
    const events = await collect(
      groupLines(linesOf([P1, 'not json', '[1,2]', V21, V11].join('\n') + '\n'), 0),
    );
    expect(events.filter((event) => event.kind === 'bad-line')).toEqual([
      { kind: 'bad-line', line: 2, id: null, reason: 'line 2 is not JSON' },
      { kind: 'bad-line', line: 3, id: null, reason: 'line 3 is not a JSON object' },
      {
        kind: 'bad-line',
        line: 4,
        id: 'gid://shopify/ProductVariant/21',
        reason: 'line 4: child of gid://shopify/Product/2 is not grouped under its parent',
      },
    ]);
    expect(events.at(-1)).toMatchObject({ kind: 'end', last: { children: [JSON.parse(V11)] }, objects: 5 });
  });
});
