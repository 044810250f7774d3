// React view of the token store: whether a session exists right now.
import { useSyncExternalStore } from 'react';

import { hasSession, subscribe } from './tokens';

export function useHasSession(): boolean {
  return useSyncExternalStore(subscribe, hasSession, hasSession);
}
