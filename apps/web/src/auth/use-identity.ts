import { useSyncExternalStore } from 'react';
import { Identity, session } from './session';

const snapshot = () => session.token();

/** The signed-in person, re-rendered when they sign in or out. */
export function useIdentity(): Identity | undefined {
  useSyncExternalStore(session.subscribe, snapshot);
  return session.identity();
}
