import { randomUUID } from 'node:crypto';
import { extname } from 'node:path';
import { localized, type Localized } from '../../shared/i18n/localized.ts';
import type {
  ExportResponse,
  IpcRequest,
  OpenResponse,
  SaveResponse,
} from '../../shared/ipc-contract.ts';
import { decodeProjectBytes } from '../../shared/model/decode-bytes.ts';
import { formatLocatedError } from '../../shared/model/located-error.ts';
import type { MigrationContext } from '../../shared/model/migrations.ts';
import {
  MAX_PROJECT_CHARACTERS,
  parseProject,
  parseProjectValue,
} from '../../shared/model/parse.ts';
import { PROJECT_FILE_EXTENSION, type Language } from '../../shared/model/schema.ts';
import { serializeProject } from '../../shared/model/serialize.ts';
import type { ProjectReader } from './parse-in-worker.ts';
import {
  describeFsError,
  ReadOnlyFileError,
  writeFileAtomic,
  type AtomicWriteFs,
  type FileFacts,
} from './atomic-write.ts';

/** The `node:fs/promises` calls used to open and save projects (the real module fits). */
export type ProjectFilesFs = Omit<AtomicWriteFs, 'stat'> & {
  /** The file's bytes: decoded by `decodeProjectBytes`, which names UTF-16 / GBK files. */
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<FileFacts & { size: number; isFile(): boolean }>;
};

/** Everything project file I/O touches outside itself, passed in so tests can replace it. */
export type ProjectFilesDeps = {
  fs: ProjectFilesFs;
  now: () => Date;
  /**
   * Where `readProjectFile` does its work: a worker thread in the app (parse-in-worker.ts);
   * absent, this thread (tests, and the worker itself).
   */
  reader?: ProjectReader;
};

const DOT_EXTENSION = `.${PROJECT_FILE_EXTENSION}`;

/** Whether `path` names a project file (`.trplan`, any letter case: Windows users type `.TRPLAN`). */
export function hasProjectExtension(path: string): boolean {
  return extname(path).toLowerCase() === DOT_EXTENSION;
}

/**
 * `path` with the `.trplan` extension: Save dialogs on Linux do not add it, and a project saved
 * without it would not open by double-click (the file association is by extension).
 */
export function withProjectExtension(path: string): string {
  return hasProjectExtension(path) ? path : path + DOT_EXTENSION;
}

/** File-type filters of the Open and Save dialogs, named in the menu language. */
export function projectDialogFilters(
  language: Language,
  purpose: 'open' | 'save',
): { name: string; extensions: string[] }[] {
  const project = {
    name: localized('TraceReady project', 'TraceReady 项目')[language],
    extensions: [PROJECT_FILE_EXTENSION],
  };
  if (purpose === 'save') return [project];
  // Opening also accepts the hand-written JSON short form that the migrations understand.
  return [
    project,
    { name: localized('JSON (short form)', 'JSON（简化格式）')[language], extensions: ['json'] },
  ];
}

/**
 * A name the renderer suggests for a Save dialog, made safe to use as a file name: path
 * separators, characters Windows forbids and control characters become spaces and `.`/`..`
 * segments are dropped (the dialog must start in its own folder, not wherever `../` would
 * lead); an empty result falls back to `fallback`.
 */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name
    .split(/[/\\]/)
    // `.` and `..` segments are folder moves, not part of a name.
    .filter((segment) => !/^\s*\.*\s*$/.test(segment))
    .join(' ')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
    .replace(/[<>:"|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces, and a leading dot hides the file elsewhere.
    .replace(/^\.+|\.+$/g, '')
    .trim()
    .slice(0, 200);
  return cleaned === '' ? fallback : cleaned;
}

/** The answer that refuses to open `path`, with one message about the whole file. */
export function refuseOpen(path: string, message: Localized): OpenResponse {
  return { status: 'invalid', path, errors: [{ pointer: '', message }] };
}

/**
 * Reads and validates a project file — in `deps.reader`'s worker when there is one. Never throws: a missing, unreadable, oversized or invalid
 * file comes back as `invalid` with messages that name the file, so the open project stays put.
 */
export async function readProjectFile(path: string, deps: ProjectFilesDeps): Promise<OpenResponse> {
  if (deps.reader) return deps.reader(path);
  let text: string;
  try {
    const info = await deps.fs.stat(path);
    if (!info.isFile()) {
      return refuseOpen(
        path,
        localized(
          `"${path}" is not a file, so it cannot be a TraceReady project.`,
          `“${path}”不是文件，不能作为 TraceReady 项目打开。`,
        ),
      );
    }
    // Checked before reading so a huge file is never pulled into memory.
    if (info.size > MAX_PROJECT_CHARACTERS) {
      const limit = MAX_PROJECT_CHARACTERS / 1024 / 1024;
      return refuseOpen(
        path,
        localized(
          `"${path}" is larger than ${limit} MB; it is not a TraceReady project.`,
          `“${path}”超过 ${limit} MB，不是 TraceReady 项目文件。`,
        ),
      );
    }
    const decoded = decodeProjectBytes(await deps.fs.readFile(path));
    if (!decoded.ok) return { status: 'invalid', path, errors: [decoded.error] };
    text = decoded.text;
  } catch (error) {
    const reason = describeFsError(error);
    return refuseOpen(
      path,
      localized(`Could not read "${path}": ${reason}`, `无法读取“${path}”：${reason}`),
    );
  }
  const result = parseProject(text, migrationContext(deps));
  if (!result.ok) return { status: 'invalid', path, errors: result.errors };
  return { status: 'opened', path, document: result.document, notices: result.notices };
}

/**
 * Validates a document that came over IPC and writes it to `path` atomically, keeping the
 * previous version as `<path>.bak`. The document is re-validated because the renderer is not
 * trusted; an invalid one is refused rather than written.
 */
export async function writeProjectFile(
  path: string,
  rawDocument: unknown,
  deps: ProjectFilesDeps,
): Promise<SaveResponse> {
  const parsed = parseProjectValue(rawDocument, migrationContext(deps));
  if (!parsed.ok) {
    const en = parsed.errors.slice(0, 3).map((e) => formatLocatedError(e, 'en'));
    const zh = parsed.errors.slice(0, 3).map((e) => formatLocatedError(e, 'zh-CN'));
    return {
      status: 'failed',
      message: localized(
        `The project was not saved to "${path}" because it is not valid: ${en.join('; ')}`,
        `项目未保存到“${path}”，因为内容无效：${zh.join('；')}`,
      ),
    };
  }
  try {
    await writeFileAtomic(deps.fs, path, serializeProject(parsed.document), { keepBackup: true });
  } catch (error) {
    return { status: 'failed', message: saveFailedMessage(path, error) };
  }
  return { status: 'saved', path, savedAt: deps.now().toISOString() };
}

/**
 * `path` with an extension from the dialog's filters when the user typed a bare name; a name
 * that already has an extension is the user's choice and is kept.
 */
export function withExportExtension(
  path: string,
  filters: IpcRequest<'export:save'>['filters'],
): string {
  if (extname(path) !== '') return path;
  const first = filters.flatMap((filter) => filter.extensions).find((ext) => ext !== '*');
  return first === undefined ? path : `${path}.${first}`;
}

/** Writes an export (PDF, spec, calendar…) atomically; no backup, exports are regenerated. */
export async function writeExportFile(
  path: string,
  content: string | Uint8Array,
  fs: AtomicWriteFs,
): Promise<ExportResponse> {
  try {
    await writeFileAtomic(fs, path, content, { keepBackup: false });
  } catch (error) {
    return { status: 'failed', message: saveFailedMessage(path, error) };
  }
  return { status: 'saved', path };
}

function saveFailedMessage(path: string, error: unknown): Localized {
  if (error instanceof ReadOnlyFileError) {
    return localized(
      `"${path}" is read-only, so it was not overwritten. Save the project under another name (Save As), or make the file writable first.`,
      `“${path}”是只读文件，未被覆盖。请用“另存为”换一个文件名保存，或先取消该文件的只读属性。`,
    );
  }
  const reason = describeFsError(error);
  // The atomic write guarantees this second sentence; saying it spares the user a panic.
  return localized(
    `Could not save "${path}": ${reason}. The file on disk was not changed.`,
    `无法保存“${path}”：${reason}。磁盘上的文件未被改动。`,
  );
}

function migrationContext(deps: ProjectFilesDeps): MigrationContext {
  return { now: deps.now().toISOString(), newId: randomUUID };
}
