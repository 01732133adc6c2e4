// `traceready serve --redis <url> --database <postgres-url>`: the scale-out configuration from
// the command line. The runs against the services skip with a printed reason when Redis or
// PostgreSQL is not reachable locally (required in CI, scale-services.ts); the refusals of
// unreachable services always run.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { serveCommand } from '../../../cli/serve-command.ts';
import {
  SHARED_ROOM_KEY,
  postgresStore,
  projectNamespace,
} from '../../../cli/workshop/scale-out.ts';
import { startWorkshopServer } from '../../../cli/workshop/server.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import { captureIo, closeAll, connect, converged, projectFile } from './core-support.ts';
import { testPostgres, testRedis } from './scale-services.ts';

const [redis, postgres] = await Promise.all([testRedis(), testPostgres()]);

afterEach(closeAll);

describe.skipIf(redis.skipReason !== null || postgres.skipReason !== null)(
  'traceready serve --redis --database',
  { timeout: 30_000 },
  () => {
    it('exits by itself when the server cannot start (nothing left connected)', async () => {
      const busy = createServer();
      await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
      const { port } = busy.address() as AddressInfo;
      const bin = fileURLToPath(new URL('../../../cli/bin.js', import.meta.url));
      const args = ['serve', await projectFile(), '--port', String(port), '--host', '127.0.0.1'];
      const child = spawn(
        process.execPath,
        [bin, ...args, '--no-qr', '--redis', redis.url, '--database', postgres.url],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      try {
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const [code] = (await once(child, 'exit')) as [number | null];
        expect(code).toBe(1);
        expect(stderr).toContain('EADDRINUSE');
      } finally {
        child.kill('SIGKILL');
        busy.close();
      }
    });

    it('keeps the room in PostgreSQL and relays it through Redis', async () => {
      const file = await projectFile({ ...exampleDocument(), id: randomUUID() });
      const io = captureIo();
      let roomId = '';
      const code = await serveCommand(
        file,
        { port: '0', qr: false, language: 'en', redis: redis.url, database: postgres.url },
        io,
        {
          start: (options) => startWorkshopServer({ ...options, log: () => undefined }),
          untilStopped: async (handle) => {
            roomId = handle.roomId;
            const client = await connect(handle, { token: handle.facilitatorToken });
            client.edit((d) => void (d.meta.title = 'Served with --database'));
            await converged(handle, [client]);
            client.close();
          },
        },
      );
      expect(code).toBe(0);
      expect(io.errors).toEqual([]);
      expect(io.lines.join('\n')).toContain('resumable state in PostgreSQL (--database)');
      expect(io.lines.join('\n')).not.toContain('.workshop.sqlite');
      // The room's state is in PostgreSQL, under the project's namespace.
      const store = await postgresStore(postgres.url, await projectNamespace(file));
      const stored = new Y.Doc();
      Y.applyUpdate(stored, (await store.load(roomId))!);
      expect(stored.getMap('meta').get('title')).toBe('Served with --database');
      // Its id and tokens too, shared with every process of the project, kept after the stop.
      expect(JSON.parse((await store.readMeta(SHARED_ROOM_KEY))!)).toMatchObject({ roomId });
      await store.close();
    });
  },
);

describe('traceready serve refuses unreachable services at start', () => {
  it.each([
    [{ redis: 'redis://:secret@127.0.0.1:1' }, 'Cannot reach Redis at redis://:***@127.0.0.1:1'],
    [
      { database: 'postgres://someone:secret@127.0.0.1:1/db' },
      'Cannot use PostgreSQL at postgres://someone:***@127.0.0.1:1/db',
    ],
  ])('%o', async (flags, message) => {
    const io = captureIo();
    const code = await serveCommand(
      await projectFile(),
      { port: '0', language: 'en', ...flags },
      io,
      {
        untilStopped: () => Promise.reject(new Error('must not start')),
      },
    );
    expect(code).toBe(1);
    expect(io.errors.join('\n')).toContain(`Cannot start the workshop: ${message}`);
    expect(io.errors.join('\n')).not.toContain('secret');
  });
});
