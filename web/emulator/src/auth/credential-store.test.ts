import { describe, expect, it } from '@jest/globals';
import { CredentialStore, EXPIRING_OFFLINE_TTL_S, ONLINE_TOKEN_TTL_S } from './credential-store.js';

const SHOP = 'a.myshopify.com';
const APP = 'client';

function storeAt(start = 1_000_000) {
  const clock = { now: start };
  const store = new CredentialStore(() => clock.now);
  store.install(SHOP, APP, ['read_products']);
  return { store, clock };
}

describe('CredentialStore', () => {
  it('returns the same non-expiring offline token until uninstall, then refuses it', () => {
    const { store } = storeAt();
    const first = store.issueOffline(SHOP, APP, ['read_products'], false).grant;
    expect(store.issueOffline(SHOP, APP, ['read_products'], false).grant.token).toBe(first.token);
    expect(store.verify(first.token, SHOP)).toEqual(first);
    expect(store.verify(first.token, 'b.myshopify.com')).toBeUndefined();
    expect(store.uninstall(SHOP, APP)).toBe(true);
    expect(store.verify(first.token, SHOP)).toBeUndefined();
    expect(store.uninstall(SHOP, APP)).toBe(false);
  });

  it('expires online tokens after 86399 s and expiring offline tokens after 60 minutes', () => {
    const { store, clock } = storeAt();
    const online = store.issueOnline(SHOP, APP, ['read_products'], 7);
    const offline = store.issueOffline(SHOP, APP, ['read_products'], true).grant;
    clock.now += EXPIRING_OFFLINE_TTL_S * 1000 - 1;
    expect(store.verify(offline.token, SHOP)).toBeDefined();
    clock.now += 1;
    expect(store.verify(offline.token, SHOP)).toBeUndefined();
    expect(store.verify(online.token, SHOP)).toBeDefined();
    clock.now += (ONLINE_TOKEN_TTL_S - EXPIRING_OFFLINE_TTL_S) * 1000;
    expect(store.verify(online.token, SHOP)).toBeUndefined();
  });

  it('rotates refresh tokens: each works once, for its own shop and app', () => {
    const { store } = storeAt();
    const { refresh } = store.issueOffline(SHOP, APP, ['read_products'], true);
    const token = refresh?.token ?? '';
    expect(store.refresh(SHOP, 'other-app', token)).toBeUndefined();
    const next = store.refresh(SHOP, APP, token);
    expect(next?.refresh.token).not.toBe(token);
    expect(store.verify(next?.grant.token ?? '', SHOP)).toBeDefined();
    expect(store.refresh(SHOP, APP, token)).toBeUndefined();
  });
});
