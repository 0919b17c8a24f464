export { denseEase, denseGram, type DenseEase } from './dense-ease.js';
export {
  localEase,
  localEaseFits,
  neighbourhoodSize,
  type ItemWeights,
  type LocalEaseOptions,
} from './local-ease.js';
