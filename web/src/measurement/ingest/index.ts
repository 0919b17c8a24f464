export { parseEventBatch, type BatchIssue, type EventBatchParse } from './event-batch.js';
export { createEventIngest, type EventIngest, type EventIngestDeps } from './event-ingest.js';
export { createEventWriter, type EventWriter, type EventWriterOptions } from './event-writer.js';
export { cachedInstalledShops, type InstalledShops } from './installed-shops.js';
export { DEFAULT_INGEST_LIMITS, type IngestLimits } from './limits.js';
export { createRateLimiter, type RateDecision, type RateLimit, type RateLimiter } from './rate-limiter.js';
