import { localized, type Localized } from '../i18n/localized.ts';
import type { LocatedError } from './located-error.ts';

/**
 * A project file's bytes to text. `.trplan` files are UTF-8 (RFC 8259 §8.1); anything else is
 * refused with a name for what it looks like — a UTF-16 file used to fail at "line 1, column 1"
 * and invalid UTF-8 was read with U+FFFD and written back on save, losing the original bytes.
 * Pure: the desktop main process, the CLI and the web platform all call it on the bytes they read.
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; error: LocatedError };

/** Offset of the first byte that is not part of valid UTF-8 (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= n) return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/** Whether bytes look like UTF-16 without a byte-order mark: many zero bytes on one side. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  return Math.max(evenZeros, oddZeros) > pairs * 0.3;
}

/**
 * Whether the non-ASCII bytes pair up as GBK / GB18030 double-byte characters (lead 0x81–0xFE,
 * trail 0x40–0xFE except 0x7F) — the usual encoding of a Chinese Windows text file.
 */
function looksLikeGbk(bytes: Uint8Array): boolean {
  let pairs = 0;
  let strays = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const t = bytes[i + 1];
    if (b >= 0x81 && b <= 0xfe && t !== undefined && t >= 0x40 && t <= 0xfe && t !== 0x7f) {
      pairs++;
      i++;
    } else strays++;
  }
  return pairs > 0 && strays <= pairs * 0.05;
}

/** Line and column (1-based, counted in bytes on the line) of a byte offset. */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const notUtf8 = (looksLike: string, looksLikeZh: string): Localized =>
  localized(
    `This file is not UTF-8 (it looks like ${looksLike}). Save it as UTF-8 and open it again.`,
    `此文件不是 UTF-8 编码（看起来是 ${looksLikeZh}）。请另存为 UTF-8 后再打开。`,
  );

/**
 * Decodes a project file's bytes as strict UTF-8 (a UTF-8 byte-order mark is dropped). UTF-16
 * (with or without a byte-order mark), UTF-32 and GBK are recognised and named; other invalid
 * bytes are located by line and column.
 *
 * @example decodeProjectBytes(new TextEncoder().encode('{"meta":{}}')) // → { ok: true, text }
 */
export function decodeProjectBytes(bytes: Uint8Array): DecodeResult {
  const fail = (message: Localized): DecodeResult => ({
    ok: false,
    error: { pointer: '', message },
  });
  const [b0, b1, b2, b3] = bytes;
  if (
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
  )
    return fail(notUtf8('UTF-32', 'UTF-32'));
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || looksLikeUtf16(bytes))
    return fail(notUtf8('UTF-16', 'UTF-16'));
  const start = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad !== -1) {
    if (looksLikeGbk(body)) return fail(notUtf8('GBK / GB18030', 'GBK / GB18030'));
    const { line, column } = lineAndColumn(body, bad);
    return fail(
      localized(
        `This file is not UTF-8: invalid byte 0x${body[bad]!.toString(16).padStart(2, '0')} at line ${line}, column ${column}. Save it as UTF-8 and open it again.`,
        `此文件不是 UTF-8 编码：第 ${line} 行第 ${column} 列有无效字节 0x${body[bad]!.toString(16).padStart(2, '0')}。请另存为 UTF-8 后再打开。`,
      ),
    );
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(body) };
}
