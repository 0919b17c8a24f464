export { denseEase, denseGram, type DenseEase } from './dense-ease.js';
export { localEase, neighbourhoodSize, type ItemWeights, type LocalEaseOptions } from './local-ease.js';
