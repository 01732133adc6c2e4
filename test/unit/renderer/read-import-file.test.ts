import { describe, expect, it, vi } from 'vitest';
import { MAX_PROJECT_CHARACTERS } from '../../../shared/model/parse.ts';
import { MAX_IMPORT_BYTES } from '../../../shared/spreadsheet/import-guards.ts';
import {
  guardImport,
  readCsvFile,
  readRaterCopy,
  readWorkbookFile,
} from '../../../renderer/features/options/read-import-file.ts';
import { readProjectFile } from '../../../renderer/platform/read-project-file.ts';
import type { SheetError } from '../../../shared/spreadsheet/score-import.ts';
import { exampleDocument } from '../shared/fixtures.ts';

/** The Spreadsheet tab's file reading (issue 11, items 3 and 4). */

/** A picked file of `size` bytes whose content must never be read. */
const hugeFile = (size: number) => {
  const read = vi.fn(() => Promise.reject(new Error('read before the size was checked')));
  return { file: { size, arrayBuffer: read, text: read } as unknown as Blob, read };
};

describe('imports check the size before reading the file', () => {
  it.each([
    ['a workbook', readWorkbookFile, MAX_IMPORT_BYTES],
    ['a CSV', readCsvFile, MAX_IMPORT_BYTES],
  ] as const)('refuses %s over the limit without reading it', async (_, read, limit) => {
    const { file, read: content } = hugeFile(limit + 1);
    const result = await read(file);
    expect(content).not.toHaveBeenCalled();
    expect(!result.ok && result.error.message.en).toMatch(/larger than 10 MB/);
    expect(!result.ok && result.error.message['zh-CN']).toMatch(/超过 10 MB/);
  });

  it('refuses a project (or rater copy) over the limit without reading it', async () => {
    const { file, read } = hugeFile(MAX_PROJECT_CHARACTERS + 1);
    const result = await readProjectFile(file);
    expect(read).not.toHaveBeenCalled();
    expect(!result.ok && result.error.message.en).toMatch(/larger than 50 MB/);
  });

  it('reads a file within the limit', async () => {
    const result = await readWorkbookFile(new Blob([new Uint8Array([1, 2, 3])]));
    expect(result.ok && [...result.value]).toEqual([1, 2, 3]);
    expect(await readCsvFile(new Blob(['a,b']))).toEqual({ ok: true, value: 'a,b' });
  });
});

describe("merging a rater's copy decodes bytes as opening a project does", () => {
  const json = JSON.stringify(exampleDocument());

  it('names UTF-16 instead of failing at "line 1, column 2"', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(json, 'utf16le')]);
    const result = await readRaterCopy(new Blob([bytes]));
    expect(!result.ok && result.errors[0]!.message.en).toContain('it looks like UTF-16');
  });

  it('locates invalid UTF-8 instead of reading it as U+FFFD', async () => {
    const bytes = new Uint8Array([...Buffer.from('{\n  "a": "'), 0xff, ...Buffer.from('"\n}')]);
    const result = await readRaterCopy(new Blob([bytes]));
    expect(!result.ok && result.errors[0]!.message.en).toMatch(/invalid byte 0xff at line 2/);
  });

  it('reads a valid copy', async () => {
    const result = await readRaterCopy(new Blob([json]));
    expect(result.ok && result.document.id).toBe(exampleDocument().id);
  });
});

describe('guardImport', () => {
  it('shows an unexpected throw in both languages instead of losing it', async () => {
    const show = vi.fn<(error: SheetError) => void>();
    await guardImport(() => Promise.reject(new RangeError('Invalid array length')), show);
    expect(show).toHaveBeenCalledOnce();
    const [error] = show.mock.calls[0]!;
    expect(error.message.en).toMatch(/failed unexpectedly \(Invalid array length\); nothing/);
    expect(error.message['zh-CN']).toMatch(/导入意外失败/);
  });

  it('shows nothing when the import finishes', async () => {
    const show = vi.fn<(error: SheetError) => void>();
    await guardImport(() => Promise.resolve(), show);
    expect(show).not.toHaveBeenCalled();
  });
});
