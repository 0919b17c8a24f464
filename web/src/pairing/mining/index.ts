export { CooccurrenceMiner, DEFAULT_MINER_OPTIONS } from './cooccurrence-miner.js';
export { HistoryMiner } from './history-miner.js';
export { mineBaskets } from './mine-baskets.js';
export { decayOptions, decayWeight } from './decay.js';
export type { CooccurrenceCounts, DecayOptions, MinerOptions } from './types.js';
