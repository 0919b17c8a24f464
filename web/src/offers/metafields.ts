/**
 * The app-owned metafields checkout reads. `$app:tandem` is Shopify's app-reserved namespace form: the API
 * stores it as `app--<appId>--tandem`, so no other app or merchant can write it.
 */
export const TANDEM_NAMESPACE = '$app:tandem';
export const OFFERS_KEY = 'offers';
export const CONFIG_KEY = 'config';
/** The customer metafield holding a buyer profile. */
export { PROFILE_KEY } from '@tandem/offer-core';

/** Shopify's limit for one metafieldsSet call. */
export const METAFIELDS_PER_CALL = 25;

/**
 * A JSON metafield value may be at most 128 KB (API 2026-04+; enforced by the emulator too). Lists are 1–13 KB
 * (offers, votes, pair votes capped per list); anything near this means a bug, and publishing it would fail the
 * whole batch.
 */
export const MAX_VALUE_BYTES = 128 * 1024;
