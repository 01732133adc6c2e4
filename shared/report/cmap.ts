/**
 * Which characters a TrueType font can draw, read from its `cmap` table (format 4 for the Basic
 * Multilingual Plane, format 12 for all planes), so the report can name every character it could
 * not draw instead of dropping it. Specification: OpenType `cmap` table,
 * https://learn.microsoft.com/typography/opentype/spec/cmap
 */

/** Tells whether the font maps a Unicode code point to a glyph other than `.notdef`. */
export type GlyphCoverage = (codePoint: number) => boolean;

type Range = { start: number; end: number };

function tableOffset(view: DataView, tag: string): number | null {
  const count = view.getUint16(4);
  for (let i = 0; i < count; i += 1) {
    const record = 12 + i * 16;
    let name = '';
    for (let j = 0; j < 4; j += 1) name += String.fromCharCode(view.getUint8(record + j));
    if (name === tag) return view.getUint32(record + 8);
  }
  return null;
}

/** Format 12: sequential groups of code points mapped to consecutive glyphs. */
function format12Ranges(view: DataView, offset: number): Range[] {
  const groups = view.getUint32(offset + 12);
  const ranges: Range[] = [];
  for (let i = 0; i < groups; i += 1) {
    const g = offset + 16 + i * 12;
    const start = view.getUint32(g);
    const end = view.getUint32(g + 4);
    const glyph = view.getUint32(g + 8);
    // A group starting at glyph 0 maps its first code point to .notdef.
    ranges.push({ start: glyph === 0 ? start + 1 : start, end });
  }
  return ranges.filter((r) => r.start <= r.end);
}

/** Format 4: segments of BMP code points; a glyph id of 0 means "not in the font". */
function format4Ranges(view: DataView, offset: number): Range[] {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const ranges: Range[] = [];
  for (let s = 0; s < segments; s += 1) {
    const start = view.getUint16(starts + s * 2);
    const end = view.getUint16(ends + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    if (start === 0xffff) continue;
    for (let c = start; c <= end; c += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        const raw = view.getUint16(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph === 0) continue;
      const last = ranges.at(-1);
      if (last && last.end === c - 1) last.end = c;
      else ranges.push({ start: c, end: c });
    }
  }
  return ranges;
}

/**
 * Reads a TrueType/OpenType font's character coverage. Prefers the full-Unicode subtable
 * (platform 3 encoding 10, or platform 0 encoding 4/6) and falls back to the BMP one (3/1, 0/3).
 * Throws when the bytes have no `cmap` table.
 */
export function readGlyphCoverage(font: Uint8Array): GlyphCoverage {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = tableOffset(view, 'cmap');
  if (cmap === null) throw new Error('font has no cmap table');
  const count = view.getUint16(cmap + 2);
  let full: number | null = null;
  let bmp: number | null = null;
  for (let i = 0; i < count; i += 1) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    const format = view.getUint16(offset);
    const isUnicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!isUnicode) continue;
    if (format === 12 && full === null) full = offset;
    if (format === 4 && bmp === null) bmp = offset;
  }
  const ranges =
    full !== null ? format12Ranges(view, full) : bmp !== null ? format4Ranges(view, bmp) : [];
  ranges.sort((a, b) => a.start - b.start);
  return (codePoint) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = ranges[mid]!;
      if (codePoint < r.start) hi = mid - 1;
      else if (codePoint > r.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
