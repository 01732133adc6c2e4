import { access, readFile, writeFile } from 'node:fs/promises';
import { decodeProjectBytes } from '../shared/model/decode-bytes.ts';
import { inertText } from '../shared/text/inert-text.ts';

/** The CLI's effects, passed in so tests run commands against a temp folder and captured output. */
export type CliIo = {
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
  /** Binary output (xlsx, PDF). */
  writeBytes(path: string, bytes: Uint8Array): Promise<void>;
  exists(path: string): Promise<boolean>;
  out(line: string): void;
  err(line: string): void;
};

export const nodeIo: CliIo = {
  readText: async (path) => {
    // Strict UTF-8: a UTF-16 or GBK file is named as such instead of failing at "line 1".
    const decoded = decodeProjectBytes(await readFile(path));
    if (decoded.ok) return decoded.text;
    throw Object.assign(new Error(decoded.error.message.en), { localized: decoded.error.message });
  },
  writeText: (path, text) => writeFile(path, text, 'utf8'),
  writeBytes: (path, bytes) => writeFile(path, bytes),
  exists: (path) =>
    access(path).then(
      () => true,
      () => false,
    ),
  // The one place the CLI prints: titles and names from a file cannot drive the terminal.
  out: (line) => process.stdout.write(inertText(line) + '\n'),
  err: (line) => process.stderr.write(inertText(line) + '\n'),
};

/** Exit codes: 0 success, 1 the input is invalid, 2 the command was used wrongly. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** "label: value" with the language's colon (full-width in Chinese). */
export const labelled = (label: string, value: string, language: 'en' | 'zh-CN'): string =>
  `${label}${language === 'zh-CN' ? '：' : ': '}${value}`;
