import * as fsPromises from 'node:fs/promises';
import type * as Y from 'yjs';
import { writeFileAtomic, type AtomicWriteFs } from '../../electron/main/atomic-write.ts';
import { localized, type Localized } from '../../shared/i18n/localized.ts';
import { formatLocatedError } from '../../shared/model/located-error.ts';
import { serializeProject } from '../../shared/model/serialize.ts';
import { readDocumentFromYDoc } from '../../shared/workshop/ydoc.ts';

/**
 * Writes a room's document back to its `.trplan` file — the file stays the source of truth
 * people know. After every change the write waits for `quietMs` without changes (a burst of
 * votes is one write), but never longer than `maxWaitMs` after the first unwritten change (a
 * busy room still reaches the disk). The write is the desktop app's safe save (temp file, fsync,
 * rename); the first one keeps the file as it was before the workshop as `<file>.bak`.
 */
export type FileSync = {
  /** Marks the document changed: a write follows after the quiet time. */
  changed(): void;
  /** Writes now if anything is unwritten (and waits for a write in progress). */
  flush(): Promise<void>;
  /** Stops the timers (no write). */
  stop(): void;
};

export type FileSyncOptions = {
  file: string;
  document: Y.Doc;
  quietMs: number;
  maxWaitMs?: number;
  fs?: AtomicWriteFs;
  /** Problems (a failed write, a document that does not parse) — the server prints them. */
  warn: (message: Localized) => void;
  /** The file's text as it is on disk now (nothing is written while the document matches it). */
  initialText?: string;
  /** After each successful write, with the text written. */
  onWritten?: (text: string) => void;
};

export function createFileSync(options: FileSyncOptions): FileSync {
  const { file, document, quietMs, warn } = options;
  const maxWaitMs = options.maxWaitMs ?? Math.max(quietMs * 10, 1000);
  const fs = options.fs ?? fsPromises;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;
  let isDirty = false;
  let lastText: string | null = options.initialText ?? null;
  let hasBackup = false;
  let writing: Promise<void> = Promise.resolve();

  const clear = () => {
    clearTimeout(quietTimer);
    clearTimeout(maxTimer);
    quietTimer = maxTimer = undefined;
  };

  const writeNow = async () => {
    clear();
    if (!isDirty) return;
    isDirty = false;
    const result = readDocumentFromYDoc(document);
    if (!result.ok) {
      const first = result.errors[0];
      const why = (language: keyof Localized) => (first ? formatLocatedError(first, language) : '');
      warn(
        localized(
          `not written: the document does not parse (${why('en')})`,
          `未写入：文档无法解析（${why('zh-CN')}）`,
        ),
      );
      return;
    }
    const text = serializeProject(result.document);
    if (text === lastText) return;
    try {
      await writeFileAtomic(fs, file, text, { keepBackup: !hasBackup });
      hasBackup = true;
      lastText = text;
      options.onWritten?.(text);
    } catch (error) {
      isDirty = true;
      const reason = error instanceof Error ? error.message : String(error);
      warn(localized(`could not write ${file}: ${reason}`, `无法写入 ${file}：${reason}`));
    }
  };

  const flush = () => {
    writing = writing.then(writeNow);
    return writing;
  };

  return {
    changed() {
      isDirty = true;
      clearTimeout(quietTimer);
      quietTimer = setTimeout(() => void flush(), quietMs);
      maxTimer ??= setTimeout(() => void flush(), maxWaitMs);
    },
    flush,
    stop: clear,
  };
}
