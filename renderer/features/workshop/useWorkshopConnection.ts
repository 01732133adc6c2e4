import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { emptySession } from '../../../shared/workshop/session.ts';
import type { AppStore } from '../../store/app-store.ts';
import {
  connectWorkshop,
  syncUrlFor,
  type ConnectionSnapshot,
  type WorkshopConnection,
  type WorkshopIdentity,
} from '../../store/workshop-connection.ts';
import type { WorkshopLink } from './workshop-link.ts';

const identityKey = (roomId: string) => `traceready.workshop.${roomId}`;

/** The name and department this browser joined the room with before (a reload rejoins). */
export function loadIdentity(roomId: string): WorkshopIdentity | null {
  try {
    const raw = localStorage.getItem(identityKey(roomId));
    const value = raw ? (JSON.parse(raw) as Partial<WorkshopIdentity>) : null;
    return value && typeof value.name === 'string' && typeof value.department === 'string'
      ? { name: value.name, department: value.department }
      : null;
  } catch {
    return null;
  }
}

export function saveIdentity(roomId: string, identity: WorkshopIdentity): void {
  try {
    localStorage.setItem(identityKey(roomId), JSON.stringify(identity));
  } catch {
    // Private mode or full storage: the participant types their name again after a reload.
  }
}

/**
 * The connection to the workshop of `link` as this identity (none: try as the facilitator, or
 * learn that a name is needed), with its live snapshot. A new identity makes a new connection.
 */
export function useWorkshopConnection(
  store: AppStore,
  link: WorkshopLink,
  identity: WorkshopIdentity | null,
): { connection: WorkshopConnection; snapshot: ConnectionSnapshot } {
  const holder = useMemo(() => connectionHolder(), []);
  useEffect(() => {
    holder.start(() =>
      connectWorkshop({
        syncUrl: syncUrlFor(window.location),
        roomId: link.roomId,
        token: link.token,
        identity,
        store,
      }),
    );
    return () => holder.start(null);
  }, [holder, store, link.roomId, link.token, identity]);
  const snapshot = useSyncExternalStore(holder.subscribe, holder.getSnapshot);
  return { connection: holder, snapshot };
}

const CONNECTING: ConnectionSnapshot = {
  phase: 'connecting',
  isOnline: false,
  role: null,
  session: emptySession(),
  presence: [],
  deniedReason: null,
  rejected: null,
  joinUrl: null,
};

/**
 * A stable connection for React that stands for the current one: effects start and stop the
 * real connection (StrictMode mounts twice; each mount gets its own), and subscribers hear both
 * the swap and the connection's own changes. When the server rejects an update, the holder
 * starts over with a fresh connection (a fresh Y.Doc) and keeps the rejection to show.
 */
export function connectionHolder(): WorkshopConnection & {
  start: (factory: (() => WorkshopConnection) | null) => void;
} {
  let current: WorkshopConnection | null = null;
  let factory: (() => WorkshopConnection) | null = null;
  let rejected: ConnectionSnapshot['rejected'] = null;
  let unsubscribe = () => {};
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const replace = (next: WorkshopConnection | null) => {
    unsubscribe();
    current?.destroy();
    current = next;
    unsubscribe = next ? next.subscribe(onChange) : () => {};
    notify();
  };
  function onChange() {
    const snapshot = current?.getSnapshot();
    if (snapshot?.phase === 'rejected' && factory) {
      rejected = snapshot.rejected;
      const restart = factory;
      queueMicrotask(() => factory === restart && replace(restart()));
    }
    notify();
  }
  let overlay: { base: ConnectionSnapshot; withRejection: ConnectionSnapshot } | null = null;
  const getSnapshot = () => {
    const base = current?.getSnapshot() ?? CONNECTING;
    if (rejected === null || base.rejected !== null) return base;
    // The same object for the same base snapshot, as useSyncExternalStore requires.
    if (overlay?.base !== base) overlay = { base, withRejection: { ...base, rejected } };
    return overlay.withRejection;
  };
  return {
    start(next) {
      factory = next;
      replace(next ? next() : null);
    },
    getSnapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setPage: (page) => current?.setPage(page),
    setLocked: (key, isLocked) => current?.setLocked(key, isLocked),
    setRevealed: (key, isRevealed) => current?.setRevealed(key, isRevealed),
    setFocused: (key) => current?.setFocused(key),
    setAnonymous: (isAnonymous) => current?.setAnonymous(isAnonymous),
    destroy: () => current?.destroy(),
  };
}
