import { describe, expect, it } from 'vitest';
import { decodeProjectBytes, firstInvalidUtf8 } from '../../../../shared/model/decode-bytes.ts';
import { hasCjk } from '../fixtures.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, littleEndian: boolean, bom: boolean) => {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let offset = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    offset = 2;
  }
  for (let i = 0; i < text.length; i++)
    view.setUint16(offset + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
};
/** "原材料追溯" ({"meta":{"title":"原材料追溯"}}) as GBK bytes, written out by hand. */
const gbk = new Uint8Array([
  ...utf8('{"meta":{"title":"'),
  0xd4,
  0xad,
  0xb2,
  0xc4,
  0xc1,
  0xcf,
  0xd7,
  0xb7,
  0xcb,
  0xdd,
  ...utf8('"}}'),
]);

const json = '{"meta":{"title":"原材料 trace"}}';

describe('decodeProjectBytes (issue 11, item 3)', () => {
  it.each([
    ['UTF-8', utf8(json)],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(json)])],
  ])('reads %s', (_, bytes) => {
    expect(decodeProjectBytes(bytes)).toEqual({ ok: true, text: json });
  });

  it.each([
    ['UTF-16 LE with BOM', utf16(json, true, true), 'UTF-16'],
    ['UTF-16 BE with BOM', utf16(json, false, true), 'UTF-16'],
    ['UTF-16 LE without BOM', utf16(json, true, false), 'UTF-16'],
    ['UTF-16 BE without BOM', utf16(json, false, false), 'UTF-16'],
    ['UTF-32 LE', new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]), 'UTF-32'],
    ['GBK', gbk, 'GBK'],
  ])('names %s', (_, bytes, name) => {
    const result = decodeProjectBytes(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message.en).toContain(`not UTF-8 (it looks like ${name}`);
    expect(hasCjk(result.error.message['zh-CN'])).toBe(true);
  });

  it('locates a stray invalid byte by line and column', () => {
    const bytes = new Uint8Array([...utf8('{\n  "a": "x'), 0xff, ...utf8('"\n}')]);
    const result = decodeProjectBytes(bytes);
    expect(!result.ok && result.error.message.en).toContain(
      'invalid byte 0xff at line 2, column 10',
    );
  });

  it.each([
    ['overlong "/"', [0xc0, 0xaf], 0],
    ['surrogate half', [0x41, 0xed, 0xa0, 0x80], 1],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['truncated sequence', [0x41, 0x42, 0xe4, 0xb8], 2],
    ['lone continuation byte', [0x80], 0],
    ['valid 4-byte emoji', [0xf0, 0x9f, 0x98, 0x80], -1],
  ])('firstInvalidUtf8: %s', (_, bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });

  it('agrees with the strict platform decoder on every two-byte sequence', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const isValid = (b: Uint8Array) => {
      try {
        strict.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    for (let a = 0; a < 256; a++)
      for (let b = 0; b < 256; b++) {
        const bytes = new Uint8Array([a, b]);
        expect(firstInvalidUtf8(bytes) === -1).toBe(isValid(bytes));
      }
  });
});
