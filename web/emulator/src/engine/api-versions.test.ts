import { describe, expect, it } from '@jest/globals';
import { resolveApiVersion } from './api-versions.js';

const on = (iso: string) => new Date(iso);

describe('resolveApiVersion', () => {
  it('serves an implemented supported version as itself', () => {
    expect(resolveApiVersion('2026-10', on('2026-12-07T00:00:00Z'))).toEqual({
      kind: 'serve',
      version: '2026-10',
      requested: '2026-10',
    });
  });

  it('falls a retired version forward to the oldest supported one, as Shopify does', () => {
    // On 2027-08-01 the supported versions are 2026-10 … 2027-07: 2026-04 and 2026-07 are retired.
    expect(resolveApiVersion('2026-07', on('2027-08-01T00:00:00Z'))).toEqual({
      kind: 'serve',
      version: '2026-10',
      requested: '2026-07',
    });
    expect(resolveApiVersion('2024-01', on('2027-08-01T00:00:00Z'))).toMatchObject({ version: '2026-10' });
  });

  it('names a real version it has no schema for, including a fall-forward target', () => {
    // On 2026-12-07 2025-10 is retired: Shopify would serve 2026-01, which the emulator does not implement.
    expect(resolveApiVersion('2025-10', on('2026-12-07T00:00:00Z'))).toEqual({
      kind: 'not-implemented',
      version: '2026-01',
      requested: '2025-10',
    });
    expect(resolveApiVersion('2026-07', on('2026-12-07T00:00:00Z'))).toMatchObject({
      kind: 'not-implemented',
      version: '2026-07',
    });
    // The release candidate (next quarter) and unstable exist on Shopify; the emulator has neither.
    expect(resolveApiVersion('2027-01', on('2026-12-07T00:00:00Z'))).toMatchObject({
      kind: 'not-implemented',
    });
    expect(resolveApiVersion('unstable', on('2026-12-07T00:00:00Z'))).toMatchObject({
      kind: 'not-implemented',
    });
  });

  it('treats anything else as no version at all', () => {
    for (const handle of ['foo', '2026-11', '2026-1', '2027-04', '', 'latest']) {
      expect(resolveApiVersion(handle, on('2026-12-07T00:00:00Z'))).toEqual({
        kind: 'unknown',
        requested: handle,
      });
    }
  });
});
