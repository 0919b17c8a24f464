/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
/**
 * The k best items by `score` (descending), ties broken by `rank` (ascending) so results never depend on input
 * order. A bounded selection, O(n log k), for rows that can hold thousands of partners.
 */
export function topK<T extends number>(
  items: Iterable<T>,
  k: number,
  score: (item: T) => number,
  rank: ArrayLike<number>,
): T[] {
  if (k <= 0) return [];
  const better = (x: T, y: T): boolean => {
    const sx = score(x);
    const sy = score(y);
    return sx > sy || (sx === sy && rank[x]! < rank[y]!);
  };
  // Min-heap on "better": the root is the worst kept item.
  const heap: T[] = [];
  const siftUp = (at: number): void => {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!better(heap[parent]!, heap[at]!)) break;
      [heap[parent], heap[at]] = [heap[at]!, heap[parent]!];
      at = parent;
    }
  };
  const siftDown = (at: number): void => {
    for (;;) {
      const left = at * 2 + 1;
      const right = left + 1;
      let worst = at;
      if (left < heap.length && better(heap[worst]!, heap[left]!)) worst = left;
      if (right < heap.length && better(heap[worst]!, heap[right]!)) worst = right;
      if (worst === at) return;
      [heap[worst], heap[at]] = [heap[at]!, heap[worst]!];
      at = worst;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      siftUp(heap.length - 1);
    } else if (better(item, heap[0]!)) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort((x, y) => (better(x, y) ? -1 : better(y, x) ? 1 : 0));
}
