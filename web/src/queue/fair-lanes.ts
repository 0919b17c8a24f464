/**
 * Round-robin over lanes of waiting items (one lane per serial key, one shared lane for unkeyed jobs), so a
 * shop with a thousand queued jobs gets one turn per round like a shop with one. The lanes' Map order is the
 * rotation: a lane that was served moves to the back.
 */
/** Unkeyed jobs share one lane (never busy); keyed lanes are prefixed so no key can collide with it. */
export const FREE_LANE = 'free';

export function laneOf(serialKey: string | undefined): string {
  return serialKey === undefined ? FREE_LANE : `key:${serialKey}`;
}

export class FairLanes<Item> {
  private readonly lanes = new Map<string, Item[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds at the back of its lane (a new lane joins the back of the rotation). */
  push(lane: string, item: Item): void {
    const items = this.lanes.get(lane);
    if (items) items.push(item);
    else this.lanes.set(lane, [item]);
    this.count += 1;
  }

  /** Puts an item back at the head of its lane (a handed-back job keeps its place). */
  unshift(lane: string, item: Item): void {
    const items = this.lanes.get(lane);
    if (items) items.unshift(item);
    else this.lanes.set(lane, [item]);
    this.count += 1;
  }

  /** Takes the head of the first lane in rotation that `canTake` allows, and sends that lane to the back. */
  take(canTake: (lane: string) => boolean): Item | undefined {
    for (const [lane, items] of this.lanes) {
      if (!canTake(lane)) continue;
      const item = items.shift();
      this.lanes.delete(lane);
      if (items.length > 0) this.lanes.set(lane, items);
      if (item === undefined) continue;
      this.count -= 1;
      return item;
    }
    return undefined;
  }

  /** Removes a whole lane; returns its items. */
  drop(lane: string): Item[] {
    const items = this.lanes.get(lane) ?? [];
    this.lanes.delete(lane);
    this.count -= items.length;
    return items;
  }
}
