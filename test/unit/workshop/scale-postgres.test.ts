// PostgreSQL persistence of a workshop room survives a restart of the server — a clean close, and
// a kill (SIGKILL) before the project file was ever written. Skipped with a printed reason when
// PostgreSQL is not reachable locally; required in CI (scale-services.ts).
import { fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  postgresStore,
  projectNamespace,
  sharedRoomSecrets,
} from '../../../cli/workshop/scale-out.ts';
import type { WorkshopHandle } from '../../../cli/workshop/server.ts';
import {
  closeAll,
  connect,
  startServer,
  until,
  type Client,
  freshProjectFile,
} from './core-support.ts';
import { testPostgres } from './scale-services.ts';

const postgres = await testPostgres();

afterEach(closeAll);

/** A server on the PostgreSQL store; `shared`: with the room id and tokens of a scale-out. */
async function postgresServer(file: string, shared = false): Promise<WorkshopHandle> {
  const store = await postgresStore(postgres.url, await projectNamespace(file));
  const secrets = shared ? await sharedRoomSecrets(store) : undefined;
  return (await startServer(file, { store, ...(secrets ? { secrets } : {}) })).handle;
}

/** The facilitator renames the plan and waits until the server has acknowledged it. */
async function renamePlan(client: Client, name: string): Promise<void> {
  client.edit((d) => void (d.meta.title = name));
  await until(() => !client.provider.hasUnsyncedChanges, 'the server to acknowledge the edit');
}

/** Whether every change of `client` (its Yjs client id and clock) is in `doc`. */
function holdsEditsOf(doc: Y.Doc, client: Client): boolean {
  const clientId = client.doc.clientID;
  const clock = Y.encodeStateVector(client.doc);
  const mine = Y.decodeStateVector(clock).get(clientId) ?? 0;
  return mine > 0 && (Y.decodeStateVector(Y.encodeStateVector(doc)).get(clientId) ?? 0) >= mine;
}

describe.skipIf(postgres.skipReason !== null)(
  'PostgreSQL persistence of a workshop room',
  { timeout: 30_000 },
  () => {
    it('scaled out, a room closed and started again comes back from the database', async () => {
      const file = await freshProjectFile();
      const first = await postgresServer(file, true);
      const facilitator = await connect(first, { token: first.facilitatorToken });
      await renamePlan(facilitator, 'Kept in PostgreSQL');
      facilitator.close();
      await first.close();

      const second = await postgresServer(file, true);
      // The same room and tokens: the URLs people have still work.
      expect(second.roomId).toBe(first.roomId);
      expect(second.facilitatorToken).toBe(first.facilitatorToken);
      const again = await connect(second, { token: first.facilitatorToken });
      expect(again.read().meta.title).toBe('Kept in PostgreSQL');
      // The room's CRDT history itself came back (the facilitator's own Yjs items), not a copy
      // of the file re-written by the server: reconnecting clients merge without duplicates.
      expect(holdsEditsOf(second.document, facilitator)).toBe(true);
    });

    it('a killed server loses nothing it had stored, though it never wrote the file', async () => {
      const file = await freshProjectFile();
      const original = await readFile(file, 'utf8');
      const child = fork(
        fileURLToPath(new URL('./scale-server-child.ts', import.meta.url)),
        [file, postgres.url],
        { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
      );
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        const killed = await new Promise<WorkshopHandle>((resolve, reject) => {
          child.once('message', (handle) => resolve(handle as WorkshopHandle));
          child.once('exit', (code) => reject(new Error(`the server process exited (${code})`)));
        });
        const voter = await connect(killed, {
          token: killed.participantToken,
          name: 'Li Na',
          department: 'qc',
        });
        const role = await voter.role();
        if (role.kind !== 'participant') throw new Error('not a participant');
        voter.edit((d) =>
          d.decision.scores.push({
            id: 'score-before-the-kill',
            raterId: role.raterId,
            subjectId: d.decision.candidates[0]!.id,
            criterionId: d.decision.criteria[0]!.id,
            value: 6,
            low: null,
            high: null,
            note: '',
          }),
        );
        await until(() => !voter.provider.hasUnsyncedChanges, 'the server to acknowledge the vote');
        // Acknowledged, and (the store writes asynchronously) in PostgreSQL:
        const reader = await postgresStore(postgres.url, await projectNamespace(file));
        const stored = async () => {
          const doc = new Y.Doc();
          const state = await reader.load(killed.roomId);
          if (state) Y.applyUpdate(doc, state);
          return holdsEditsOf(doc, voter);
        };
        for (let tries = 0; !(await stored()); tries++) {
          if (tries > 100) throw new Error('the vote never reached PostgreSQL');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await reader.close();
        child.kill('SIGKILL');
        await exited;
        voter.close();
        expect(await readFile(file, 'utf8')).toBe(original);

        const restarted = await postgresServer(file);
        expect(restarted.roomId).toBe(killed.roomId);
        const back = await connect(restarted, { token: restarted.facilitatorToken });
        const vote = back.read().decision.scores.find((s) => s.id === 'score-before-the-kill');
        expect(vote).toMatchObject({ raterId: role.raterId, value: 6 });
      } finally {
        child.kill('SIGKILL');
      }
    });
  },
);
