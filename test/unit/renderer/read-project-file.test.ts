import { describe, expect, it } from 'vitest';
import { readProjectFile } from '../../../renderer/platform/read-project-file.ts';

const json = '{"schemaVersion":2,"meta":{"title":"华欣"}}';

describe('readProjectFile: the web app reads bytes, not File.text() (issue 11, item 3)', () => {
  it.each([
    ['UTF-16 LE with a byte-order mark', [0xff, 0xfe, ...Buffer.from(json, 'utf16le')], 'UTF-16'],
    ['UTF-16 LE without one', [...Buffer.from(json, 'utf16le')], 'UTF-16'],
    [
      'GBK',
      [...Buffer.from('{"t":"'), 0xbb, 0xaa, 0xd0, 0xc0, 0xca, 0xb3, ...Buffer.from('"}')],
      'GBK',
    ],
  ])('names %s', async (_name, bytes, looksLike) => {
    const result = await readProjectFile(new Blob([new Uint8Array(bytes)]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en).toContain(`it looks like ${looksLike}`);
  });

  it('locates an invalid byte instead of reading it as U+FFFD', async () => {
    const bytes = [...Buffer.from('{\n  "a": "'), 0xff, ...Buffer.from('"\n}')];
    const result = await readProjectFile(new Blob([new Uint8Array(bytes)]));
    expect(!result.ok && result.error.message.en).toMatch(/invalid byte 0xff at line 2, column 9/);
  });

  it('reads UTF-8, with or without a byte-order mark', async () => {
    for (const prefix of [[], [0xef, 0xbb, 0xbf]]) {
      const blob = new Blob([new Uint8Array([...prefix, ...Buffer.from(json)])]);
      expect(await readProjectFile(blob)).toEqual({ ok: true, text: json });
    }
  });
});
