/**
 * Runs in the page before any of its scripts (page.addInitScript): records LCP, layout shifts and Event Timing
 * entries with PerformanceObserver (`buffered: true`, so nothing before the observer is lost) into
 * `window.__vitals`. Plain browser JS kept as a string: it is injected, not bundled.
 */
export const VITALS_OBSERVER = `
(() => {
  const vitals = { lcp: 0, lcpElement: '', cls: 0, interactions: {} };
  window.__vitals = vitals;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      vitals.lcp = entry.startTime;
      vitals.lcpElement = entry.element ? entry.element.tagName + (entry.element.className ? '.' + String(entry.element.className).split(' ')[0] : '') : '';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) vitals.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // INP: the longest interaction, an interaction being all events sharing an interactionId.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      vitals.interactions[entry.interactionId] = Math.max(vitals.interactions[entry.interactionId] || 0, entry.duration);
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
})();
`;

export interface PageVitals {
  readonly lcpMs: number;
  readonly lcpElement: string;
  readonly cls: number;
  /** Longest interaction; 0 when every interaction took under 16 ms (Event Timing's smallest threshold). */
  readonly inpMs: number;
  readonly interactions: number;
  /** Where the load's time went: the shell's first byte, scripts run (DOMContentLoaded), the data requests. */
  readonly ttfbMs: number;
  readonly dclMs: number;
  readonly tokenEndMs: number;
  readonly apiStartMs: number;
  readonly apiEndMs: number;
}

/** Reads what the observer recorded (call after the page settled and the scripted interaction ran). */
export const READ_VITALS = `(() => {
  const v = window.__vitals;
  const durations = Object.values(v.interactions);
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const api = resources.filter((r) => r.name.includes('/api/'));
  const token = resources.find((r) => r.name.includes('/dev/session-token'));
  return {
    lcpMs: v.lcp, lcpElement: v.lcpElement, cls: v.cls, inpMs: durations.length ? Math.max(...durations) : 0, interactions: durations.length,
    ttfbMs: nav ? nav.responseStart : 0, dclMs: nav ? nav.domContentLoadedEventEnd : 0, tokenEndMs: token ? token.responseEnd : 0,
    apiStartMs: api.length ? Math.min(...api.map((r) => r.startTime)) : 0, apiEndMs: api.length ? Math.max(...api.filter((r) => r.startTime < v.lcp + 1).map((r) => r.responseEnd), 0) : 0,
  };
})()`;
