export { OrderLog, type OrderedBaskets } from './order-log.js';
export { BasketStream, type BasketHandler } from './basket-stream.js';
export { ProductObserver } from './product-observer.js';
export { ORDERINGS, type BasketLog, type ObservedProduct, type Ordering } from './types.js';
