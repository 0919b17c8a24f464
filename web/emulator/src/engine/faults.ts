/** Per-shop fault injection state, set by emu-http's control API. */

export class ShopFaults {
  private throttledCalls = 0;
  private truncateFraction: number | undefined;

  throttleNext(n: number): void {
    if (!Number.isInteger(n) || n < 0)
      throw new RangeError(`throttleNext: n must be a non-negative integer, got ${n}`);
    this.throttledCalls = n;
  }

  truncateNextBulkFile(fraction: number): void {
    if (!(fraction >= 0 && fraction < 1))
      throw new RangeError(`truncateNextBulkFile: fraction must be in [0, 1), got ${fraction}`);
    this.truncateFraction = fraction;
  }

  /** True (and one fewer left) when this call must be answered THROTTLED. */
  consumeThrottle(): boolean {
    if (this.throttledCalls === 0) return false;
    this.throttledCalls -= 1;
    return true;
  }

  /** The fraction of the next finished bulk file to keep, once. */
  consumeTruncation(): number | undefined {
    const fraction = this.truncateFraction;
    this.truncateFraction = undefined;
    return fraction;
  }
}
