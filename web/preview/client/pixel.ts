/** Entry of the web pixel frame: the built tandem-pixel with the page's pixel API (analytics in, /api/events out). */
import { parentBridge, runExtension } from './shared/bridge.js';

runExtension(
  '/preview/extensions/tandem-pixel.js',
  {},
  'WebPixel::Render',
  parentBridge().connectPixel(),
).catch((error: unknown) => {
  console.error('tandem pixel failed to start', error);
});
