import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWorkerProjectReader,
  readerFailure,
  type ProjectReader,
} from '../../../electron/main/parse-in-worker.ts';
import { readProjectFile } from '../../../electron/main/project-files.ts';
import type { OpenResponse } from '../../../shared/ipc-contract.ts';
import { serializeProject } from '../../../shared/model/serialize.ts';
import { findTemplate, loadTemplateDocument } from '../../../shared/templates/catalog.ts';

/**
 * The desktop app opens projects in a worker thread: the real worker script, started by Node
 * (bundled by esbuild as the app build does), with no Electron. Its answers must be those of readProjectFile
 * on this thread, and a reader that fails must never leave the open hanging.
 */

const now = () => new Date('2026-01-01T00:00:00Z');
let dir = '';
let reader: ProjectReader = () => Promise.reject(new Error('set up in beforeAll'));

beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'traceready-reader-'));
  // The worker bundled as scripts/build-electron.mjs bundles it for the app.
  const script = join(dir, 'project-reader-worker.cjs');
  await build({
    entryPoints: [
      fileURLToPath(new URL('../../../electron/main/project-reader-worker.ts', import.meta.url)),
    ],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  reader = createWorkerProjectReader(script);
  const doc = loadTemplateDocument(findTemplate('food-plant')!, 'en');
  await fs.writeFile(join(dir, 'plant.trplan'), serializeProject(doc));
  await fs.writeFile(join(dir, 'broken.trplan'), '{"schemaVersion": 2, "title": 7}');
  await fs.writeFile(join(dir, 'utf16.trplan'), Buffer.from('\ufeff{}', 'utf16le'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** Ids and timestamps a migration may generate are not compared. */
const comparable = (r: OpenResponse) => (r.status === 'opened' ? { ...r, notices: [] } : r);

describe('opening a project in a worker thread', () => {
  it.each(['plant.trplan', 'broken.trplan', 'utf16.trplan', 'missing.trplan'])(
    'answers %s exactly as readProjectFile does on this thread',
    async (name) => {
      const path = join(dir, name);
      const inWorker = await reader(path);
      const inThread = await readProjectFile(path, { fs, now });
      expect(comparable(inWorker)).toEqual(comparable(inThread));
      if (name === 'plant.trplan') expect(inWorker.status).toBe('opened');
      else expect(inWorker).toMatchObject({ status: 'invalid', path });
    },
  );

  it('is what readProjectFile uses when the deps name a reader', async () => {
    const seen: string[] = [];
    const response = await readProjectFile('/x.trplan', {
      fs,
      now,
      reader: (path) => {
        seen.push(path);
        return Promise.resolve(readerFailure(path, 'stub'));
      },
    });
    expect(seen).toEqual(['/x.trplan']);
    expect(response.status).toBe('invalid');
  });

  it('falls back to this thread when the worker script cannot load', async () => {
    const missing = new URL('./no-such-worker.mjs', import.meta.url);
    const path = join(dir, 'plant.trplan');
    const withFallback = createWorkerProjectReader(missing, {
      fallback: (p) => readProjectFile(p, { fs, now }),
    });
    expect((await withFallback(path)).status).toBe('opened');
    // Without a fallback the open is refused with the file named, never left waiting.
    const refused = await createWorkerProjectReader(missing)(path);
    expect(refused.status).toBe('invalid');
    expect(refused.status === 'invalid' && refused.errors[0]!.message.en).toContain(path);
  });
});
