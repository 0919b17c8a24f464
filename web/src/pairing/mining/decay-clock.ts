const DAY_MS = 86_400_000;
/** Re-base before weights leave the comfortable range of a float32 mass. */
const MAX_EXPONENT = 40;

/**
 * Time decay for a single streaming pass, where the newest order is only known at the end: weights grow as
 * 2^((t − reference) / halfLife) and the masses they fed are re-scaled (`rescale`) whenever the exponent gets
 * large, and once more at the end so the newest order weighs 1. Same result as weighting by age from the newest
 * order.
 */
export class DecayClock {
  private reference = Number.NaN;
  private newest = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly rescale: (factor: number) => void,
    private readonly halfLifeDays: number,
  ) {}

  weight(createdAt: number): number {
    if (!(this.halfLifeDays > 0) || Number.isNaN(createdAt)) return 1;
    if (Number.isNaN(this.reference)) this.reference = createdAt;
    this.newest = Math.max(this.newest, createdAt);
    const exponent = (createdAt - this.reference) / (this.halfLifeDays * DAY_MS);
    if (exponent > MAX_EXPONENT) {
      this.rescale(2 ** -exponent);
      this.reference = createdAt;
      return 1;
    }
    return 2 ** exponent;
  }

  /** Scales so the newest order weighs 1; call before `finish`. */
  settle(): void {
    if (!(this.halfLifeDays > 0) || Number.isNaN(this.reference)) return;
    this.rescale(2 ** (-(this.newest - this.reference) / (this.halfLifeDays * DAY_MS)));
    this.reference = this.newest;
  }
}
