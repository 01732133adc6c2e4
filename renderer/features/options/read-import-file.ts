import { localized } from '../../../shared/i18n/localized.ts';
import type { LocatedError } from '../../../shared/model/located-error.ts';
import { parseProject } from '../../../shared/model/parse.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { MAX_IMPORT_BYTES } from '../../../shared/spreadsheet/import-guards.ts';
import type { SheetError } from '../../../shared/spreadsheet/score-import.ts';
import { readProjectFile } from '../../platform/read-project-file.ts';

/**
 * Reading the files the Spreadsheet tab imports. Each size is checked against its limit before
 * the file is read — `arrayBuffer()` / `text()` on a multi-gigabyte file would fill the memory
 * before the import could refuse it.
 */

export type ImportRead<T> = { ok: true; value: T } | { ok: false; error: SheetError };

const TOO_LARGE: SheetError = {
  sheet: '',
  cell: '',
  message: localized(
    `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; a score sheet never is. Nothing was imported.`,
    `文件超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，不是评分表；未导入任何内容。`,
  ),
};

/** A score workbook's bytes, or why it was not read. */
export async function readWorkbookFile(file: Blob): Promise<ImportRead<Uint8Array>> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: TOO_LARGE };
  return { ok: true, value: new Uint8Array(await file.arrayBuffer()) };
}

/** A score CSV's text, or why it was not read. */
export async function readCsvFile(file: Blob): Promise<ImportRead<string>> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: TOO_LARGE };
  return { ok: true, value: await file.text() };
}

/**
 * Another rater's copy of the project, decoded as opening a project decodes it
 * (`readProjectFile`): invalid UTF-8 is located instead of read as U+FFFD, and UTF-16 or GBK is
 * named instead of failing at "line 1, column 2".
 */
export async function readRaterCopy(
  file: Blob,
): Promise<{ ok: true; document: ProjectDocument } | { ok: false; errors: LocatedError[] }> {
  const read = await readProjectFile(file);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const parsed = parseProject(read.text);
  return parsed.ok ? { ok: true, document: parsed.document } : parsed;
}

/** What an unexpected failure of an import shows: never a click that silently does nothing. */
export function unexpectedImportError(error: unknown): SheetError {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    sheet: '',
    cell: '',
    message: localized(
      `The import failed unexpectedly (${reason}); nothing was changed.`,
      `导入意外失败（${reason}）；未做任何更改。`,
    ),
  };
}

/**
 * Runs an import started from a click (`void sheet.importWorkbook()`): an unexpected throw is
 * shown through `show`, never lost in a floating promise that leaves the click doing nothing.
 */
export async function guardImport(
  run: () => Promise<unknown>,
  show: (error: SheetError) => void,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    show(unexpectedImportError(error));
  }
}
