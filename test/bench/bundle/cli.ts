// `npm run bench:bundle`: print the bundle report; exit 1 when an extension is over Shopify's 64 KB limit.
import { runBundleBench } from './bundle-bench.js';

const sizes = await runBundleBench();
if (sizes.some((size) => size.overLimit)) {
  console.error('bundle budget: an extension is over 64 KB compressed');
  process.exitCode = 1;
}
