/**
 * Counts what an .xlsx holds — worksheets, rows, cells, real unzipped bytes — by inflating its
 * zip entries as a stream and stopping at the first bound passed, before the workbook library
 * builds its model. A 108 KB file of 10.8 M empty `<row/>` elements (62 MB unzipped, under the
 * unzipped-size limit) took exceljs 16 s and 2.9 GB; counted here it is refused after its first
 * inflated chunk. Zip layout: PKWARE APPNOTE.TXT 6.3, §4.3.7 (local header), §4.3.12 (central
 * directory), §4.3.16 (end record). Uses the web-standard `DecompressionStream('deflate-raw')`
 * (browsers, Electron, Node ≥ 20.12), so it runs in the renderer, a worker and the CLI alike.
 */

/** The bounds a workbook must stay within. */
export type WorkbookBounds = {
  /** Worksheets in the workbook. */
  sheets: number;
  /** `<row>` elements in one worksheet. */
  rowsPerSheet: number;
  /** `<c>` (cell) elements in the whole workbook. */
  cells: number;
  /** Shared strings (`<si>`): each is used by a cell, so the cell bound applies to them too. */
  strings: number;
  /** Bytes of all entries once unzipped — counted, not taken from the (forgeable) headers. */
  inflatedBytes: number;
};

/** The first bound a workbook passes: which one, and in which worksheet (its tab name). */
export type BoundPassed = { bound: keyof WorkbookBounds; sheet: string; limit: number };

/** An entry whose data the scan can reach. */
type Entry = ZipEntry & { offset: number };

/** Bytes of `a` then `b`. */
function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const ROW = [0x72, 0x6f, 0x77]; // "row"
const CELL = [0x63]; // "c"
const STRING = [0x73, 0x69]; // "si"

/**
 * One entry of a zip's central directory (APPNOTE §4.3.12). The sizes are the directory's own
 * and may be forged: the scan below counts what really unzips.
 */
export type ZipEntry = {
  name: string;
  /** Compression method: 0 stored, 8 deflate (others are left to the workbook library). */
  method: number;
  /** Where the entry's data starts, after its local header; `null` when that header is missing. */
  offset: number | null;
  /** Compressed bytes. */
  size: number;
  /** Unzipped bytes the directory declares; ∞ for a Zip64 entry (no score sheet needs one). */
  declaredSize: number;
};

/** The zip's entries from its central directory, or `null` when it is not a zip read here. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) return null;
  const entries: ZipEntry[] = [];
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let k = 0; k < view.getUint16(end + 10, true); k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const hasLocal = local + 30 <= bytes.length && view.getUint32(local, true) === 0x04034b50;
    const declaredSize = view.getUint32(at + 24, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      offset: hasLocal
        ? local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
        : null,
      size: view.getUint32(at + 20, true),
      declaredSize: declaredSize === 0xffffffff ? Number.POSITIVE_INFINITY : declaredSize,
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Streams one entry's unzipped bytes to `onChunk`; stops when it returns false. */
async function inflate(
  bytes: Uint8Array,
  entry: Entry,
  onChunk: (chunk: Uint8Array) => boolean,
): Promise<void> {
  const data = bytes.subarray(entry.offset, Math.min(bytes.length, entry.offset + entry.size));
  if (entry.method === 0) {
    onChunk(data);
    return;
  }
  if (entry.method !== 8) return; // not deflate: the workbook library refuses it
  const stream = new Blob([new Uint8Array(data)])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || !onChunk(value)) break;
    }
  } catch {
    // corrupt data: the workbook library reports it as "not a workbook"
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}

/** Counts XML start tags `<name` (followed by space, `>` or `/`) across chunk boundaries. */
function tagCounter(names: readonly (readonly number[])[]) {
  const counts = names.map(() => 0);
  let carry = new Uint8Array(0);
  const delimiter = (b: number | undefined) =>
    b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
  return {
    counts,
    add(chunk: Uint8Array) {
      if (names.length === 0) return;
      const buf = carry.length === 0 ? chunk : concat(carry, chunk);
      carry = new Uint8Array(0);
      for (let i = buf.indexOf(0x3c); i !== -1; i = buf.indexOf(0x3c, i + 1)) {
        if (i + 5 > buf.length) {
          carry = buf.slice(i);
          break;
        }
        names.forEach((name, n) => {
          if (name.every((b, k) => buf[i + 1 + k] === b) && delimiter(buf[i + 1 + name.length]))
            counts[n] = (counts[n] ?? 0) + 1;
        });
      }
    },
  };
}

/** Worksheet part path → tab name, from workbook.xml and its relationships (regex, no DOM). */
async function sheetNames(bytes: Uint8Array, entries: Entry[]): Promise<Map<string, string>> {
  const text = async (name: string) => {
    const entry = entries.find((e) => e.name === name);
    if (!entry || entry.size > 4 * 1024 * 1024) return '';
    let all: Uint8Array = new Uint8Array(0);
    await inflate(bytes, entry, (chunk) => {
      all = concat(all, chunk);
      return all.length <= 4 * 1024 * 1024;
    });
    return new TextDecoder().decode(all);
  };
  const targets = new Map<string, string>();
  for (const [, attributes = ''] of (await text('xl/_rels/workbook.xml.rels')).matchAll(
    /<Relationship\b([^>]*)>/g,
  )) {
    const id = /\bId="([^"]*)"/.exec(attributes)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(attributes)?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const names = new Map<string, string>();
  for (const [, attributes = ''] of (await text('xl/workbook.xml')).matchAll(/<sheet\b([^>]*)>/g)) {
    const name = /\bname="([^"]*)"/.exec(attributes)?.[1];
    const id = /\br:id="([^"]*)"/.exec(attributes)?.[1];
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) names.set(part, name);
  }
  return names;
}

/**
 * The first bound the workbook passes, or `null` when it stays within all of them (or is not a
 * zip this reader understands — then the workbook library decides). Work is bounded by the
 * limits, not by the file: counting stops at the first bound passed. `zip` is the bytes'
 * {@link zipEntries}, when the caller has read them already.
 */
export async function workbookOverBounds(
  bytes: Uint8Array,
  bounds: WorkbookBounds,
  zip: readonly ZipEntry[] | null = zipEntries(bytes),
): Promise<BoundPassed | null> {
  if (zip === null || zip.some((e) => e.offset === null)) return null;
  const entries = zip as Entry[];
  const isSheet = (e: Entry) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name);
  const sheets = entries.filter(isSheet);
  const names = await sheetNames(bytes, entries);
  const tab = (e: Entry) => names.get(e.name) ?? e.name;
  if (sheets.length > bounds.sheets) return { bound: 'sheets', sheet: '', limit: bounds.sheets };
  let inflated = 0;
  let cells = 0;
  for (const entry of [...sheets, ...entries.filter((e) => !isSheet(e))]) {
    let passed: BoundPassed | null = null;
    const strings = entry.name === 'xl/sharedStrings.xml';
    const counter = tagCounter(isSheet(entry) ? [ROW, CELL] : strings ? [STRING] : []);
    await inflate(bytes, entry, (chunk) => {
      inflated += chunk.length;
      counter.add(chunk);
      // rows and cells of a worksheet; shared strings of xl/sharedStrings.xml
      const [tags = 0, entryCells = 0] = counter.counts;
      if (strings && tags > bounds.strings)
        passed = { bound: 'strings', sheet: '', limit: bounds.strings };
      else if (inflated > bounds.inflatedBytes)
        passed = { bound: 'inflatedBytes', sheet: '', limit: bounds.inflatedBytes };
      else if (!strings && tags > bounds.rowsPerSheet)
        passed = { bound: 'rowsPerSheet', sheet: tab(entry), limit: bounds.rowsPerSheet };
      else if (!strings && cells + entryCells > bounds.cells)
        passed = { bound: 'cells', sheet: tab(entry), limit: bounds.cells };
      return passed === null;
    });
    if (passed !== null) return passed;
    cells += counter.counts[1] ?? 0;
  }
  return null;
}
