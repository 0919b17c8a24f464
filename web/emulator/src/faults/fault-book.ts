import type { ActiveFault, FaultKind, FaultSpec, Occurrence } from './types.js';

/** The active fault rules, consumed as matching requests and webhooks pass through. */
export class FaultBook {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  constructor(private readonly random: () => number) {}

  add(spec: FaultSpec): ActiveFault {
    const fault: ActiveFault = { id: `fault-${this.nextId++}`, spec, fired: 0 };
    this.faults.push(fault);
    return fault;
  }

  list(): readonly ActiveFault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  /** Removes every rule; returns how many were active. */
  reset(): number {
    const count = this.faults.length;
    this.faults = [];
    return count;
  }

  /**
   * The first rule of one of `kinds` that matches and fires for this occurrence (a fired rule counts
   * one use and is removed once used up), or undefined.
   */
  take<K extends FaultKind>(
    kinds: readonly K[],
    occurrence: Occurrence,
  ): Extract<FaultSpec, { kind: K }> | undefined {
    for (const fault of this.faults) {
      if (!(kinds as readonly FaultKind[]).includes(fault.spec.kind) || !matches(fault.spec, occurrence))
        continue;
      const { count, share } = fault.spec;
      if (share !== undefined && this.random() >= share) continue;
      fault.fired += 1;
      const limit = count ?? (share === undefined ? 1 : Number.POSITIVE_INFINITY);
      if (fault.fired >= limit) this.faults = this.faults.filter((other) => other !== fault);
      return fault.spec as Extract<FaultSpec, { kind: K }>;
    }
    return undefined;
  }
}

function matches(spec: FaultSpec, occurrence: Occurrence): boolean {
  if (spec.shop !== undefined && spec.shop !== occurrence.shop) return false;
  if ('target' in spec && spec.target !== 'any' && spec.target !== occurrence.target) return false;
  if ('topic' in spec && spec.topic !== undefined && spec.topic !== occurrence.topic) return false;
  return true;
}
