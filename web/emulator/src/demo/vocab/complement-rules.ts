/**
 * What goes with what, by kind. The planter turns a share of these into product-level pairs (the ground
 * truth `plantedComplements` returns); every rule also adds a weaker kind-level pull, so "tents go with
 * sleeping mats" shows up beyond the planted products too. Two targets = a planted triple: both partners
 * are added together.
 */
export interface ComplementRule {
  readonly from: string;
  readonly to: readonly [string] | readonly [string, string];
  /** Probability that a basket holding `from` also gets the planted partner(s). */
  readonly strength: number;
}

export const COMPLEMENT_RULES: readonly ComplementRule[] = [
  { from: 'grinder', to: ['filters'], strength: 0.4 },
  { from: 'grinder', to: ['beans'], strength: 0.3 },
  { from: 'kettle', to: ['dripper'], strength: 0.35 },
  { from: 'dripper', to: ['filters'], strength: 0.45 },
  { from: 'espresso', to: ['tamper', 'milkJug'], strength: 0.35 },
  { from: 'espresso', to: ['descaler'], strength: 0.3 },
  { from: 'frenchPress', to: ['beans'], strength: 0.3 },
  { from: 'scale', to: ['dripper'], strength: 0.25 },
  { from: 'teapot', to: ['looseTea'], strength: 0.35 },
  { from: 'infuser', to: ['looseTea'], strength: 0.3 },
  { from: 'matcha', to: ['whisk'], strength: 0.4 },
  { from: 'tent', to: ['sleepingMat', 'sleepingBag'], strength: 0.3 },
  { from: 'backpack', to: ['rainCover'], strength: 0.35 },
  { from: 'headlamp', to: ['batteries'], strength: 0.4 },
  { from: 'stove', to: ['gas', 'cookset'], strength: 0.35 },
  { from: 'bottle', to: ['waterFilter'], strength: 0.2 },
  { from: 'poles', to: ['socks'], strength: 0.25 },
  { from: 'jacket', to: ['socks'], strength: 0.2 },
  { from: 'cleanser', to: ['moisturiser'], strength: 0.4 },
  { from: 'toner', to: ['serum'], strength: 0.25 },
  { from: 'serum', to: ['eyeCream'], strength: 0.25 },
  { from: 'sunscreen', to: ['afterSun'], strength: 0.35 },
  { from: 'mask', to: ['serum'], strength: 0.25 },
  { from: 'lipBalm', to: ['handCream'], strength: 0.2 },
];
