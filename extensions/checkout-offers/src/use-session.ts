import type { OfferSession, SessionState } from '@tandem/offer-core';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * Re-renders on every session change; the session was started by the target entry before the first render.
 * A layout effect subscribes right after the first commit: a passive effect waits for the next frame, and
 * prices that arrive before it would otherwise be missed until the frame fires.
 */
export function useSessionState(session: OfferSession): SessionState {
  const [state, setState] = useState(session.getState());
  useLayoutEffect(() => {
    setState(session.getState());
    return session.subscribe(() => setState(session.getState()));
  }, [session]);
  return state;
}
