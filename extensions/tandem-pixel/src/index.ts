// Web pixel entry: Shopify runs this file in its sandbox, where `register` is the only way in.
import { register } from '@shopify/web-pixels-extension';
import { startPixel } from './pixel.js';

register((api) => {
  startPixel(api, (url, init) => fetch(url, init));
});
