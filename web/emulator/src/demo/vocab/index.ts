export { TIER_AXES } from './axes.js';
export { EXTRA_OPTIONS, TIER_PREFERENCE } from './extras.js';
export { MODIFIERS } from './modifiers.js';
export { ALL_KINDS, VERTICAL_INFO, DEPARTMENT_COLLECTIONS, SMART_COLLECTIONS } from './verticals.js';
export type { VerticalInfo, SmartCollection } from './verticals.js';
export { SERIES_NAMES, SERIES_SPACE, seriesName } from './series.js';
export { COMPLEMENT_RULES } from './complement-rules.js';
export type { ComplementRule } from './complement-rules.js';
export { FIRST_NAMES, LAST_NAMES } from './people.js';
