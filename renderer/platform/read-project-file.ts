import { localized } from '../../shared/i18n/localized.ts';
import { decodeProjectBytes } from '../../shared/model/decode-bytes.ts';
import type { LocatedError } from '../../shared/model/located-error.ts';
import { MAX_PROJECT_CHARACTERS } from '../../shared/model/parse.ts';

/** A picked file's text, or why it is not a UTF-8 project file. */
export type ReadProjectFile = { ok: true; text: string } | { ok: false; error: LocatedError };

/**
 * Reads a file the user picked as bytes and decodes them as the desktop and the CLI do
 * (`decodeProjectBytes`): `File.text()` would silently turn UTF-16 into garbage that fails at
 * "line 1, column 1" and invalid UTF-8 into U+FFFD, which the next save would write back. The
 * size is checked first, as the desktop does, so a huge file is never pulled into memory.
 */
export async function readProjectFile(file: Blob): Promise<ReadProjectFile> {
  if (file.size > MAX_PROJECT_CHARACTERS) {
    const limit = MAX_PROJECT_CHARACTERS / 1024 / 1024;
    return {
      ok: false,
      error: {
        pointer: '',
        message: localized(
          `The file is larger than ${limit} MB; it is not a TraceReady project.`,
          `文件超过 ${limit} MB，不是 TraceReady 项目文件。`,
        ),
      },
    };
  }
  return decodeProjectBytes(new Uint8Array(await file.arrayBuffer()));
}
