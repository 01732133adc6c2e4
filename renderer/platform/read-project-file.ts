import { decodeProjectBytes } from '../../shared/model/decode-bytes.ts';
import type { LocatedError } from '../../shared/model/located-error.ts';

/** A picked file's text, or why it is not a UTF-8 project file. */
export type ReadProjectFile = { ok: true; text: string } | { ok: false; error: LocatedError };

/**
 * Reads a file the user picked as bytes and decodes them as the desktop and the CLI do
 * (`decodeProjectBytes`): `File.text()` would silently turn UTF-16 into garbage that fails at
 * "line 1, column 1" and invalid UTF-8 into U+FFFD, which the next save would write back.
 */
export async function readProjectFile(file: Blob): Promise<ReadProjectFile> {
  return decodeProjectBytes(new Uint8Array(await file.arrayBuffer()));
}
