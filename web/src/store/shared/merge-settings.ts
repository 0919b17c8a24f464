import { DEFAULT_SETTINGS, type Settings } from '../../domain/settings.js';
import { validateSettings, type SettingsPatch } from '../validation/settings.js';

/**
 * Stores keep only what the merchant set (so improved defaults reach shops that never chose a value).
 * Returns the new overrides and the effective settings, validated as a whole.
 */
export function applySettingsPatch(overrides: SettingsPatch, patch: SettingsPatch) {
  const next: Record<string, unknown> = { ...overrides };
  for (const [key, value] of Object.entries(patch ?? {})) if (value !== undefined) next[key] = value;
  const settings = validateSettings({ ...DEFAULT_SETTINGS, ...next } as Settings);
  return { overrides: next as SettingsPatch, settings };
}

export function effectiveSettings(overrides: SettingsPatch | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}
