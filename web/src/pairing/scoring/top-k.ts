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
  const order = (x: T, y: T): number => score(y) - score(x) || rank[x]! - rank[y]!;
  // Everything kept (short rows, most of them): a plain sort, without the heap's bookkeeping.
  if (Array.isArray(items) && k >= items.length) return (items as T[]).slice().sort(order);
  const better = (x: T, y: T): boolean => order(x, y) < 0;
  // Min-heap on "better": the root is the worst kept item.
  const heap: T[] = [];
  const siftUp = (at: number): void => {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!better(heap[parent]!, heap[at]!)) break;
      swap(heap, parent, at);
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
      swap(heap, worst, at);
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
  return heap.sort(order);
}

function swap<T>(heap: T[], i: number, j: number): void {
  const kept = heap[i]!;
  heap[i] = heap[j]!;
  heap[j] = kept;
}

/**
 * `topK(items, k, (item) => score[item], rank)` for scores held in an array, with the same result: the evaluation
 * asks it once per test case over hundreds to thousands of products, where the generic version's score callbacks
 * and heap were most of the time. Keeps the best k in a sorted buffer; most items lose to its last at once.
 */
export function topKScored(
  items: readonly number[],
  k: number,
  score: Float64Array,
  rank: ArrayLike<number>,
): number[] {
  const best: number[] = [];
  if (k <= 0) return best;
  // x before y: higher score, ties (and two infinities of one sign) by lower rank, as `topK` orders them.
  const before = (x: number, y: number): boolean => {
    const sx = score[x]!;
    const sy = score[y]!;
    return sx > sy || (!(sx < sy) && rank[x]! < rank[y]!);
  };
  for (const item of items) {
    if (best.length === k && !before(item, best[k - 1]!)) continue;
    let at = best.length < k ? best.length : k - 1;
    if (best.length < k) best.push(item);
    while (at > 0 && before(item, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at -= 1;
    }
    best[at] = item;
  }
  return best;
}
