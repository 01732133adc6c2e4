import { WebSocketStatus } from '@hocuspocus/provider';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeProject } from '../../../shared/model/serialize.ts';
import {
  connect,
  converged,
  projectFile,
  startServer,
  until,
  useLiveServerHooks,
  fileDocument,
} from './core-support.ts';

useLiveServerHooks();

const afterEachKill: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (afterEachKill.length > 0) await afterEachKill.pop()!();
});

const bin = fileURLToPath(new URL('../../../cli/bin.js', import.meta.url));

type Served = { child: ChildProcess; syncUrl: string; roomId: string; facilitatorToken: string };

/** `traceready serve <file> --port 0` in a child process, parsed from what it prints. */
async function serveInChild(file: string): Promise<Served> {
  const child = spawn(
    process.execPath,
    [bin, 'serve', file, '--port', '0', '--no-qr', '--lang', 'en'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  afterEachKill.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  });
  await until(
    () => /Facilitator[^\n]*\n\s+http:\S+/.test(out) || child.exitCode !== null,
    'the server',
    60_000,
  );
  const facilitator = /Facilitator[^\n]*\n\s+(http:\S+)/.exec(out);
  if (!facilitator) throw new Error(`serve did not start: ${out}`);
  const url = new URL(facilitator[1]!);
  return {
    child,
    syncUrl: `ws://${url.host}/sync`,
    roomId: url.searchParams.get('workshop')!,
    facilitatorToken: url.searchParams.get('token')!,
  };
}

describe('a killed server resumes from SQLite', () => {
  it('loses nothing that had been acknowledged (kill -9 mid-session, then restart)', async () => {
    const file = await projectFile();
    const first = await serveInChild(file);
    const client = await connect(first, { token: first.facilitatorToken });
    for (let i = 0; i < 20; i++) {
      client.edit((d) => void (d.decision.scores[i]!.value = (i % 10) + 1));
    }
    client.edit((d) => void (d.meta.title = 'Before the crash'));
    await until(() => !client.provider.hasUnsyncedChanges, 'acknowledgement');
    const acknowledged = client.read();
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    client.close();

    const second = await serveInChild(file);
    // Same room and tokens: the URLs people hold still work.
    expect([second.roomId, second.facilitatorToken]).toEqual([
      first.roomId,
      first.facilitatorToken,
    ]);
    const again = await connect(second, { token: second.facilitatorToken });
    expect(again.read()).toEqual(acknowledged);
    second.child.kill('SIGINT');
    await new Promise((resolve) => second.child.once('exit', resolve));
    expect((await fileDocument(file)).meta.title).toBe('Before the crash');
  }, 120_000);
});

describe('state across restarts and disconnections', () => {
  it('a file edited while no server ran is merged into the resumed room', async () => {
    const file = await projectFile();
    const first = await startServer(file);
    const client = await connect(first.handle, { token: first.handle.facilitatorToken });
    client.edit((d) => void (d.decision.scores[0]!.value = 9));
    await converged(first.handle, [client]);
    client.close();
    await first.handle.close();

    const edited = await fileDocument(file);
    expect(edited.decision.scores[0]!.value).toBe(9);
    edited.meta.client = 'Edited in the desktop app';
    await writeFile(file, serializeProject(edited));

    const second = await startServer(file);
    // A clean stop ended the room: the old links no longer work.
    expect(second.handle.facilitatorToken).not.toBe(first.handle.facilitatorToken);
    const again = await connect(second.handle, { token: second.handle.facilitatorToken });
    const doc = again.read();
    expect(doc.meta.client).toBe('Edited in the desktop app');
    expect(doc.decision.scores[0]!.value).toBe(9);
  }, 60_000);

  it("offline edits of one client merge with the others' after it reconnects", async () => {
    const { handle } = await startServer(await projectFile());
    const a = await connect(handle, { token: handle.facilitatorToken });
    const b = await connect(handle, { token: handle.facilitatorToken });
    const socket = a.provider.configuration.websocketProvider;
    socket.disconnect();
    await until(() => socket.status === WebSocketStatus.Disconnected, 'a offline');
    a.edit((d) => {
      d.decision.scores[0]!.value = 2;
      d.rollout.risks[0]!.mitigation = 'Offline mitigation';
    });
    b.edit((d) => {
      d.decision.scores[1]!.value = 8;
      d.flows.systems[0]!.name = 'Online ERP';
    });
    await until(() => a.read().flows.systems[0]!.name !== 'Online ERP', 'a did not see b offline');
    await socket.connect();
    await converged(handle, [a, b]);
    const [docA, docB] = [a.read(), b.read()];
    expect(docA).toEqual(docB);
    expect(docA.decision.scores[0]!.value).toBe(2);
    expect(docA.decision.scores[1]!.value).toBe(8);
    expect(docA.rollout.risks[0]!.mitigation).toBe('Offline mitigation');
    expect(docA.flows.systems[0]!.name).toBe('Online ERP');
  }, 60_000);
});
