import { createContext, useContext } from 'react';
import { itemKeysOf, type WorkshopRole } from '../../../shared/workshop/session.ts';
import type { Presence } from '../../store/workshop-connection.ts';
import type { LiveVotesView } from '../../store/workshop-selectors.ts';

/**
 * What the workshop screens need beyond the document: who this client is, the facilitation
 * state (locks, reveals, focus, anonymity), who else is here, and the facilitator's actions.
 * Provided by the connection (useWorkshopConnection); components only read and dispatch.
 */

/** The session map of the shared document, as sets for quick lookups. */
export type WorkshopSessionView = {
  focusedItemId: string | null;
  lockedItemIds: ReadonlySet<string>;
  revealedItemIds: ReadonlySet<string>;
  isAnonymous: boolean;
};

export type WorkshopContextValue = {
  role: WorkshopRole;
  /** False while the socket is down (edits are kept and sent on reconnect). */
  isOnline: boolean;
  session: WorkshopSessionView;
  /** Who is connected, as their awareness says. */
  presence: Presence[];
  /** The links to show (facilitator only; null for participants). */
  joinUrl: string | null;
  facilitatorUrl: string | null;
  setPage: (page: string) => void;
  setLocked: (itemId: string, isLocked: boolean) => void;
  setRevealed: (itemId: string, isRevealed: boolean) => void;
  setFocused: (itemId: string | null) => void;
  setAnonymous: (isAnonymous: boolean) => void;
};

export const WorkshopContext = createContext<WorkshopContextValue | null>(null);

export function useWorkshop(): WorkshopContextValue {
  const value = useContext(WorkshopContext);
  if (!value) throw new Error('useWorkshop must be used inside <WorkshopContext.Provider>');
  return value;
}

/**
 * Whether the facilitator has locked a vote: any of its item keys (the server's rule,
 * `itemKeysOf`) — locking a criterion locks its weight, its comparisons and its scores.
 */
export function isVoteLocked(
  session: WorkshopSessionView,
  kind: Parameters<typeof itemKeysOf>[0],
  entity: Record<string, string>,
): boolean {
  return itemKeysOf(kind, entity).some((key) => session.lockedItemIds.has(key));
}

/** The group's result of a vote item once the facilitator has revealed it, else null. */
export function revealedResult(
  session: WorkshopSessionView,
  votes: LiveVotesView | null,
  itemId: string,
): number | null {
  return session.revealedItemIds.has(itemId) ? (votes?.byId.get(itemId)?.result ?? null) : null;
}
