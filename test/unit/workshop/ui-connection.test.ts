import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../../renderer/store/app-store.ts';
import {
  connectWorkshop,
  type WorkshopConnection,
  type WorkshopIdentity,
} from '../../../renderer/store/workshop-connection.ts';
import { connectionHolder } from '../../../renderer/features/workshop/useWorkshopConnection.ts';
import { parseProject } from '../../../shared/model/parse.ts';
import { voteItemId } from '../../../shared/workshop/live-votes.ts';
import { closeAll, projectFile, quietExpectedRejections, startServer } from './core-support.ts';

/**
 * The renderer's workshop connection against a real workshop server (port 0, the worked
 * example): the store follows the room, votes reach the other client and the file, locks hold.
 */

type NodeWebSocket = { on(event: 'error', listener: () => void): unknown };
const NodeWebSocketClass = createRequire(import.meta.url)('ws') as new (
  url: string,
) => NodeWebSocket;
/**
 * `ws`, listening for its own errors: a socket closed while it connects (a client starting over
 * after a rejection) reports an error event, which in Node would be an uncaught exception; a
 * browser only logs it.
 */
class WebSocketPolyfill extends NodeWebSocketClass {
  constructor(url: string) {
    super(url);
    this.on('error', () => {});
  }
}

const open: WorkshopConnection[] = [];

async function join(
  syncUrl: string,
  roomId: string,
  token: string,
  identity: WorkshopIdentity | null,
): Promise<{ store: AppStore; connection: WorkshopConnection }> {
  const store = createAppStore();
  const connection = connectWorkshop({
    syncUrl,
    roomId,
    token,
    identity,
    store,
    WebSocketPolyfill,
  });
  open.push(connection);
  await until(connection, (s) => s.phase !== 'connecting');
  return { store, connection };
}

/** Resolves once the connection's snapshot satisfies `isDone` (checked on every change). */
function until(
  connection: WorkshopConnection,
  isDone: (s: ReturnType<WorkshopConnection['getSnapshot']>) => boolean,
): Promise<void> {
  return new Promise((resolve) => {
    if (isDone(connection.getSnapshot())) return resolve();
    const stop = connection.subscribe(() => {
      if (isDone(connection.getSnapshot())) {
        stop();
        resolve();
      }
    });
  });
}

/** Resolves once the store's state satisfies `isDone`. */
function untilStore(store: AppStore, isDone: (s: ReturnType<AppStore['getState']>) => boolean) {
  return new Promise<void>((resolve) => {
    if (isDone(store.getState())) return resolve();
    const stop = store.subscribe((state) => {
      if (isDone(state)) {
        stop();
        resolve();
      }
    });
  });
}

const judgementOf = (store: AppStore, raterId: string, rowId: string, colId: string) =>
  store
    .getState()
    .doc?.decision.judgements.find(
      (j) => j.raterId === raterId && j.rowId === rowId && j.colId === colId,
    )?.value;

const ROW = 'crit-data-security';
const COL = 'crit-initial-cost';

beforeEach(() => quietExpectedRejections());
afterEach(async () => {
  while (open.length > 0) open.pop()!.destroy();
  await closeAll();
});

describe('connectWorkshop against a real server', () => {
  it('asks for a name on a participant link, and binds as the facilitator without one', async () => {
    const { handle } = await startServer(await projectFile());
    const anonymous = await join(handle.syncUrl, handle.roomId, handle.participantToken, null);
    expect(anonymous.connection.getSnapshot().phase).toBe('needs-identity');
    const facilitator = await join(handle.syncUrl, handle.roomId, handle.facilitatorToken, null);
    expect(facilitator.connection.getSnapshot()).toMatchObject({
      phase: 'ready',
      role: { kind: 'facilitator' },
    });
    expect(facilitator.store.getState().doc?.meta.title).toBeTruthy();
    const wrong = await join(handle.syncUrl, handle.roomId, 'not-the-token', null);
    expect(wrong.connection.getSnapshot()).toMatchObject({
      phase: 'denied',
      deniedReason: 'invalid-token',
    });
  });

  it('carries a participant’s vote to the facilitator and the file; a lock stops changes', async () => {
    const file = await projectFile();
    const { handle, logs } = await startServer(file);
    const facilitator = await join(handle.syncUrl, handle.roomId, handle.facilitatorToken, null);
    const participant = await join(handle.syncUrl, handle.roomId, handle.participantToken, {
      name: 'Li Na',
      department: 'warehouse',
    });
    const role = participant.connection.getSnapshot().role;
    if (role?.kind !== 'participant') throw new Error('no participant role');
    await untilStore(facilitator.store, (s) =>
      (s.doc?.decision.raters ?? []).some((r) => r.id === role.raterId),
    );

    participant.store.getState().setJudgement(role.raterId, ROW, COL, 5);
    await untilStore(
      facilitator.store,
      () => judgementOf(facilitator.store, role.raterId, ROW, COL) === 5,
    );
    // Presence: the facilitator sees the participant and the page they are on.
    participant.connection.setPage('weights');
    await until(facilitator.connection, (s) =>
      s.presence.some((p) => p.name === 'Li Na' && p.page === 'weights' && !p.isSelf),
    );

    await handle.flush();
    const saved = parseProject(await readFile(file, 'utf8'));
    if (!saved.ok) throw new Error('the file does not parse');
    expect(
      saved.document.decision.judgements.find(
        (j) => j.raterId === role.raterId && j.rowId === ROW && j.colId === COL,
      )?.value,
    ).toBe(5);

    const key = voteItemId({ kind: 'pair', scope: 'option', rowId: ROW, colId: COL });
    facilitator.connection.setLocked(key, true);
    await until(participant.connection, (s) => s.session.locked.includes(key));
    // The client that ignores the lock gets its change refused and starts over.
    participant.store.getState().setJudgement(role.raterId, ROW, COL, 1 / 9);
    await until(participant.connection, (s) => s.phase === 'rejected');
    expect(participant.connection.getSnapshot().rejected?.length).toBeGreaterThan(0);
    expect(judgementOf(facilitator.store, role.raterId, ROW, COL)).toBe(5);
    expect(logs.filter((line) => !line.includes('locked'))).toEqual([]);
  });

  it('starts over with a fresh Y.Doc after a rejected update, and keeps the message', async () => {
    const { handle } = await startServer(await projectFile());
    const facilitator = await join(handle.syncUrl, handle.roomId, handle.facilitatorToken, null);
    const store = createAppStore();
    const holder = connectionHolder();
    holder.start(() =>
      connectWorkshop({
        syncUrl: handle.syncUrl,
        roomId: handle.roomId,
        token: handle.participantToken,
        identity: { name: 'Zhou Lei', department: 'finance' },
        store,
        WebSocketPolyfill,
      }),
    );
    open.push(holder);
    await until(holder, (s) => s.phase === 'ready');
    const role = holder.getSnapshot().role;
    if (role?.kind !== 'participant') throw new Error('no participant role');
    store.getState().setJudgement(role.raterId, ROW, COL, 3);
    await untilStore(
      facilitator.store,
      () => judgementOf(facilitator.store, role.raterId, ROW, COL) === 3,
    );
    facilitator.connection.setLocked(ROW, true); // the criterion: every comparison with it
    await until(holder, (s) => s.session.locked.includes(ROW));

    store.getState().setJudgement(role.raterId, ROW, COL, 7);
    // Refused, then a new connection on a fresh Y.Doc: the room's value is back in the store.
    await until(holder, (s) => s.rejected !== null && s.phase === 'ready');
    await untilStore(store, () => judgementOf(store, role.raterId, ROW, COL) === 3);
    expect(judgementOf(facilitator.store, role.raterId, ROW, COL)).toBe(3);
    holder.start(null);
  });
});
