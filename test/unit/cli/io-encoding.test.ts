import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readProjectFile } from '../../../electron/main/project-files.ts';
import { nodeIo } from '../../../cli/io.ts';
import * as fs from 'node:fs/promises';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'traceready-encoding-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A UTF-16 LE file with a byte-order mark, as Windows Notepad writes "Unicode". */
const utf16le = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

describe('where project bytes are read, the encoding is named (issue 11, item 3)', () => {
  it('the CLI refuses a UTF-16 file with a message that says so', async () => {
    const path = join(dir, 'plant.trplan');
    await writeFile(path, utf16le('{"meta":{}}'));
    await expect(nodeIo.readText(path)).rejects.toThrow(/not UTF-8 \(it looks like UTF-16/);
  });

  it('the CLI reads UTF-8 text unchanged', async () => {
    const path = join(dir, 'plant.trplan');
    await writeFile(path, '{"meta":{"title":"原材料"}}');
    expect(await nodeIo.readText(path)).toBe('{"meta":{"title":"原材料"}}');
  });

  it('the desktop app refuses a UTF-16 file as invalid, located at the root', async () => {
    const path = join(dir, 'plant.trplan');
    await writeFile(path, utf16le('{"meta":{}}'));
    const response = await readProjectFile(path, { fs, now: () => new Date(0) });
    expect(response.status).toBe('invalid');
    if (response.status !== 'invalid') return;
    expect(response.errors[0]!.message.en).toMatch(/looks like UTF-16/);
  });

  it('the desktop app refuses invalid UTF-8 instead of writing U+FFFD back on save', async () => {
    const path = join(dir, 'plant.trplan');
    await writeFile(
      path,
      Buffer.from([...Buffer.from('{"meta":{"title":"a'), 0xff, ...Buffer.from('"}}')]),
    );
    const response = await readProjectFile(path, { fs, now: () => new Date(0) });
    expect(response.status).toBe('invalid');
  });
});
