import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { localized } from '../../shared/i18n/localized.ts';
import type { LocatedError } from '../../shared/model/located-error.ts';
import type { ProjectDocument } from '../../shared/model/schema.ts';
import { jsonEqual } from '../../shared/workshop/json-equal.ts';
import { checkParticipantChange } from '../../shared/workshop/permissions.ts';
import { SESSION_MAP, readSession, type WorkshopRole } from '../../shared/workshop/session.ts';
import { readDocumentFromYDoc } from '../../shared/workshop/ydoc.ts';
import { documentAfterVotes, touchedTopLevel } from './vote-check.ts';

/**
 * The server's check of every incoming message of a room (issue 13, "security"): a document
 * update must leave a document that parses with the project schema and, from a participant,
 * touch only what `checkParticipantChange` allows and never the session map; awareness may only
 * describe the sender; clients may not broadcast stateless messages (the server's role message
 * must not be forgeable).
 *
 * The check applies the update to a SHADOW replica of the room: the real document only ever
 * receives updates that passed. The shadow follows the real document (server-side edits,
 * other servers through Redis) by its update events, and is rebuilt after a rejection.
 */

/** Hocuspocus message types (@hocuspocus/server `MessageType`). */
const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  stateless: 5,
  broadcastStateless: 6,
  close: 7,
} as const;
/** y-protocols sync message types. */
const SYNC = { step1: 0, step2: 1, update: 2 } as const;

const SHADOW_ORIGIN = 'traceready:candidate';

export type MessageVerdict = { ok: true } | { ok: false; errors: LocatedError[] };

const refuse = (en: string, zh: string, pointer = ''): MessageVerdict => ({
  ok: false,
  errors: [{ pointer, message: localized(en, zh) }],
});

export class RoomGuard {
  private shadow = new Y.Doc();
  private before: ProjectDocument | null = null;
  private readonly follow = (update: Uint8Array) => {
    Y.applyUpdate(this.shadow, update);
  };

  constructor(private readonly document: Y.Doc) {
    this.rebuild();
    document.on('update', this.follow);
  }

  /** Checks one raw Hocuspocus message from a client with `role`; `awarenessClient` pins the
   * one awareness client id a connection may speak for (set on its first awareness message). */
  checkMessage(
    data: Uint8Array,
    role: WorkshopRole,
    awareness: { clientId?: number },
  ): MessageVerdict {
    try {
      const decoder = decoding.createDecoder(data);
      decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      switch (type) {
        case MESSAGE.sync:
        case MESSAGE.syncReply: {
          const syncType = decoding.readVarUint(decoder);
          if (syncType === SYNC.step1) return { ok: true };
          if (syncType !== SYNC.step2 && syncType !== SYNC.update) {
            return refuse('unknown sync message', '未知的同步消息');
          }
          return this.checkUpdate(decoding.readVarUint8Array(decoder), role);
        }
        case MESSAGE.awareness:
          return checkAwareness(decoding.readVarUint8Array(decoder), role, awareness);
        case MESSAGE.auth:
        case MESSAGE.queryAwareness:
        case MESSAGE.stateless:
        case MESSAGE.close:
          return { ok: true };
        default:
          return refuse(
            'clients may not broadcast messages in a workshop',
            '研讨会中客户端不能广播消息',
          );
      }
    } catch {
      return refuse('malformed message', '消息格式错误');
    }
  }

  /** Validates a document update against the room's current state (see the class comment). */
  checkUpdate(update: Uint8Array, role: WorkshopRole): MessageVerdict {
    const before = this.currentDocument();
    const sessionBefore = readSession(this.shadow);
    let touched: ReturnType<typeof touchedTopLevel> | null = null;
    const shadow = this.shadow;
    const observe = (transaction: Y.Transaction) => {
      if (transaction.origin === SHADOW_ORIGIN) touched = touchedTopLevel(shadow, transaction);
    };
    shadow.on('afterTransaction', observe);
    try {
      Y.applyUpdate(shadow, update, SHADOW_ORIGIN);
    } finally {
      shadow.off('afterTransaction', observe);
    }
    const changes = touched as ReturnType<typeof touchedTopLevel> | null;
    if (changes === null || changes.names.size === 0) return { ok: true };
    if (role.kind === 'facilitator' && [...changes.names].every((n) => n === SESSION_MAP)) {
      // Lock, reveal, focus: the document itself did not change.
      return { ok: true };
    }
    if (role.kind === 'participant' && before !== null) {
      // The common case, a vote: checked on what it changed (vote-check.ts).
      const quick = documentAfterVotes(shadow, before, changes);
      if (quick !== null) {
        const errors = checkParticipantChange(before, quick, role, { session: sessionBefore });
        if (errors.length === 0) {
          this.before = quick;
          return { ok: true };
        }
        this.rebuild();
        return { ok: false, errors };
      }
    }
    const after = readDocumentFromYDoc(shadow);
    let verdict: MessageVerdict;
    if (!after.ok) verdict = { ok: false, errors: after.errors };
    else if (role.kind === 'participant' && !jsonEqual(sessionBefore, readSession(this.shadow))) {
      verdict = refuse(
        'participants may not change the facilitation state',
        '参与者不能修改主持状态',
        '/session',
      );
    } else if (before === null) verdict = { ok: true };
    else {
      const errors = checkParticipantChange(before, after.document, role, {
        session: sessionBefore,
      });
      verdict = errors.length === 0 ? { ok: true } : { ok: false, errors };
    }
    if (verdict.ok && after.ok) this.before = after.document;
    else this.rebuild();
    return verdict;
  }

  private currentDocument(): ProjectDocument | null {
    if (this.before === null) {
      const result = readDocumentFromYDoc(this.shadow);
      this.before = result.ok ? result.document : null;
    }
    return this.before;
  }

  /** The shadow as a fresh copy of the real document (after a rejection, or at start). */
  private rebuild(): void {
    this.shadow.destroy();
    this.shadow = new Y.Doc();
    Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(this.document));
    this.shadow.on('update', (_update: Uint8Array, origin: unknown) => {
      // A change that did not come through checkUpdate (server edits, other servers) makes the
      // cached "before" document stale.
      if (origin !== SHADOW_ORIGIN) this.before = null;
    });
    this.before = null;
  }

  dispose(): void {
    this.document.off('update', this.follow);
    this.shadow.destroy();
  }
}

/** Longest awareness state a client may publish (name, department, page… are short). */
const MAX_AWARENESS_STATE = 4096;

/**
 * An awareness update may only describe the sender's own awareness client, and what it says
 * about the sender's role must be true (presence cannot impersonate the facilitator or another
 * rater).
 */
function checkAwareness(
  update: Uint8Array,
  role: WorkshopRole,
  pinned: { clientId?: number },
): MessageVerdict {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    const text = decoding.readVarString(decoder);
    pinned.clientId ??= clientId;
    if (clientId !== pinned.clientId) {
      return refuse('awareness of another client', '不能修改其他客户端的在线状态');
    }
    if (text.length > MAX_AWARENESS_STATE) return refuse('awareness too large', '在线状态过大');
    const state: unknown = JSON.parse(text);
    if (state === null) continue;
    if (typeof state !== 'object' || Array.isArray(state)) {
      return refuse('malformed awareness', '在线状态格式错误');
    }
    const claims = state as Record<string, unknown>;
    const raterId = role.kind === 'participant' ? role.raterId : null;
    // Before the role message a client may not know its role yet: absent or null is allowed.
    if (claims.role != null && claims.role !== role.kind) {
      return refuse('awareness claims another role', '在线状态声明了其他角色');
    }
    if (claims.raterId != null && claims.raterId !== raterId) {
      return refuse('awareness claims another rater', '在线状态声明了其他评分人');
    }
  }
  return { ok: true };
}
