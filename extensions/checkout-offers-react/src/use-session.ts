import type { OfferSession, SessionState } from '@tandem/offer-core';
import { useSyncExternalStore } from 'react';

/** Re-renders on every session change; the session was started by the target entry before the first render. */
export function useSessionState(session: OfferSession): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}
