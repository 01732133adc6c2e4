import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { Department } from '../../shared/model/schema.ts';
import type { LocatedError } from '../../shared/model/located-error.ts';
import {
  readSession,
  SESSION_MAP,
  toggledKey,
  writeSession,
  type WorkshopRole,
  type WorkshopSession,
} from '../../shared/workshop/session.ts';
import type { AppStore } from './app-store.ts';
import { bindStoreToYDoc, type WorkshopBinding } from './workshop-binding.ts';

/**
 * One client's connection to a live workshop (cli/workshop/README.md): a Hocuspocus provider
 * on `ws://<host>/sync` for the room, the app store bound to the shared Y.Doc once the server
 * has said who this client is (its `traceready:role` message), presence through Yjs awareness,
 * and the session map (locks, reveals, focus, anonymity). Framework-free: the React hook
 * (features/workshop/useWorkshopConnection.ts) subscribes to its snapshots.
 */

export type WorkshopIdentity = { name: string; department: Department };

export type ConnectionPhase =
  | 'connecting'
  /** The server wants a name and department (a participant link with no identity yet). */
  | 'needs-identity'
  | 'denied'
  | 'ready'
  /**
   * The server refused an update and closed the connection; this Y.Doc holds a change the room
   * will never accept, so the client must start again with a fresh one (cli/workshop/README.md).
   */
  | 'rejected';

/** Presence of one connected client, as its awareness says. */
export type Presence = {
  clientId: number;
  name: string;
  department: Department | null;
  raterId: string | null;
  role: 'facilitator' | 'participant';
  page: string;
  isSelf: boolean;
};

export type ConnectionSnapshot = {
  phase: ConnectionPhase;
  /** Socket state: false while offline (edits are kept and sent on reconnect). */
  isOnline: boolean;
  role: WorkshopRole | null;
  session: WorkshopSession;
  presence: Presence[];
  /** Why the server refused the connection (`invalid-token`, …), when `phase` is `denied`. */
  deniedReason: string | null;
  /** The last update the server rejected, if any. */
  rejected: LocatedError[] | null;
  /** The participants' link, when the server tells the facilitator. */
  joinUrl: string | null;
};

export type WorkshopConnectionOptions = {
  /** `ws://host:port/sync`. */
  syncUrl: string;
  roomId: string;
  token: string;
  identity: WorkshopIdentity | null;
  store: AppStore;
  /** A WebSocket implementation where there is no global one (Node 20 in the unit tests). */
  WebSocketPolyfill?: new (url: string) => unknown;
};

export type WorkshopConnection = {
  getSnapshot: () => ConnectionSnapshot;
  subscribe: (listener: () => void) => () => void;
  setPage: (page: string) => void;
  setLocked: (itemKey: string, isLocked: boolean) => void;
  setRevealed: (itemKey: string, isRevealed: boolean) => void;
  setFocused: (itemKey: string | null) => void;
  setAnonymous: (isAnonymous: boolean) => void;
  destroy: () => void;
};

/** The reason the server gives when a participant link comes without name and department. */
export const NEEDS_IDENTITY_REASON = 'name-and-department-required';

/** The sync endpoint of the workshop that served this page (same host and port, `/sync`). */
export function syncUrlFor(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/sync`;
}

type ServerMessage =
  | { type: 'traceready:role'; role: WorkshopRole; joinUrl?: string }
  | { type: 'traceready:rejected'; errors: LocatedError[] };

function parseServerMessage(payload: string): ServerMessage | null {
  try {
    const value = JSON.parse(payload) as { type?: unknown };
    return value.type === 'traceready:role' || value.type === 'traceready:rejected'
      ? (value as ServerMessage)
      : null;
  } catch {
    return null;
  }
}

const AWARENESS_ROLES = new Set(['facilitator', 'participant']);

function presenceOf(provider: HocuspocusProvider): Presence[] {
  const awareness = provider.awareness;
  if (!awareness) return [];
  const self = awareness.clientID;
  return [...awareness.getStates().entries()].flatMap(([clientId, state]) => {
    const s = state as Partial<Record<string, unknown>>;
    if (typeof s.name !== 'string' || !AWARENESS_ROLES.has(String(s.role))) return [];
    return [
      {
        clientId,
        name: s.name,
        department: typeof s.department === 'string' ? (s.department as Department) : null,
        raterId: typeof s.raterId === 'string' ? s.raterId : null,
        role: s.role as Presence['role'],
        page: typeof s.page === 'string' ? s.page : '',
        isSelf: clientId === self,
      },
    ];
  });
}

/**
 * Hocuspocus' provider re-sends every awareness change it hears, other clients' included; the
 * workshop server accepts awareness only about the sender itself (cli/workshop/guard.ts) and
 * closes a connection that relays others'. So this client sends its own state alone.
 */
function sendOwnAwarenessOnly(provider: HocuspocusProvider): void {
  const awareness = provider.awareness;
  if (!awareness) return;
  awareness.off('update', provider.boundAwarenessUpdateHandler);
  awareness.on(
    'update',
    (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const own = (ids: number[]) => ids.filter((id) => id === awareness.clientID);
      const mine = {
        added: own(change.added),
        updated: own(change.updated),
        removed: own(change.removed),
      };
      if (mine.added.length + mine.updated.length + mine.removed.length > 0) {
        provider.boundAwarenessUpdateHandler(mine, origin);
      }
    },
  );
}

/** Connects to a workshop room and binds `store` to it once the server has named the role. */
export function connectWorkshop(options: WorkshopConnectionOptions): WorkshopConnection {
  const ydoc = new Y.Doc();
  const listeners = new Set<() => void>();
  const sessionOrigin = { workshop: 'session' };
  let binding: WorkshopBinding | null = null;
  let isSynced = false;
  let page = '';
  let snapshot: ConnectionSnapshot = {
    phase: 'connecting',
    isOnline: false,
    role: null,
    session: readSession(ydoc),
    presence: [],
    deniedReason: null,
    rejected: null,
    joinUrl: null,
  };
  const update = (patch: Partial<ConnectionSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener();
  };

  const socket = new HocuspocusProviderWebsocket({
    url: options.syncUrl,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.roomId,
    document: ydoc,
    token: JSON.stringify({ token: options.token, ...options.identity }),
    onStatus: ({ status }) => update({ isOnline: status === WebSocketStatus.Connected }),
    onAuthenticationFailed: ({ reason }) => {
      update({
        phase: reason === NEEDS_IDENTITY_REASON ? 'needs-identity' : 'denied',
        deniedReason: reason,
      });
      socket.disconnect();
    },
    onSynced: () => {
      isSynced = true;
      bindWhenReady();
    },
    onStateless: ({ payload }) => {
      const message = parseServerMessage(payload);
      if (message?.type === 'traceready:role') {
        update({ role: message.role, joinUrl: message.joinUrl ?? snapshot.joinUrl });
        bindWhenReady();
      } else if (message?.type === 'traceready:rejected') {
        // The server closes this connection; do not reconnect with a Y.Doc it will refuse.
        socket.disconnect();
        update({ rejected: message.errors, phase: 'rejected' });
      }
    },
    onAwarenessChange: () => update({ presence: presenceOf(provider) }),
  });
  provider.attach();
  sendOwnAwarenessOnly(provider);

  const publishPresence = () => {
    const role = snapshot.role;
    if (!role) return;
    provider.awareness?.setLocalState({
      name: role.kind === 'participant' ? role.name : (options.identity?.name ?? ''),
      department: role.kind === 'participant' ? role.department : null,
      raterId: role.kind === 'participant' ? role.raterId : null,
      role: role.kind,
      page,
    });
  };

  function bindWhenReady() {
    if (!isSynced || !snapshot.role) return;
    publishPresence();
    if (binding) return;
    binding = bindStoreToYDoc(options.store, ydoc);
    update({ phase: 'ready', session: readSession(ydoc) });
  }

  const sessionMap = ydoc.getMap<unknown>(SESSION_MAP);
  sessionMap.observe(() => update({ session: readSession(ydoc) }));
  const patchSession = (patch: Partial<WorkshopSession>) => {
    if (snapshot.role?.kind === 'facilitator') writeSession(ydoc, patch, sessionOrigin);
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setPage(next) {
      page = next;
      publishPresence();
    },
    setLocked(itemKey, isLocked) {
      patchSession({ locked: toggledKey(readSession(ydoc).locked, itemKey, isLocked) });
    },
    setRevealed(itemKey, isRevealed) {
      patchSession({ revealed: toggledKey(readSession(ydoc).revealed, itemKey, isRevealed) });
    },
    setFocused(itemKey) {
      patchSession({ focus: itemKey });
    },
    setAnonymous(isAnonymous) {
      patchSession({ anonymous: isAnonymous });
    },
    destroy() {
      binding?.unbind();
      binding = null;
      provider.destroy();
      socket.destroy();
      ydoc.destroy();
      listeners.clear();
    },
  };
}
