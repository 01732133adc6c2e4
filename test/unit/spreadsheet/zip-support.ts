import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Rewrites the parts of a zip (an .xlsx) for hostile-input tests: each entry's unzipped bytes go
 * through `edit`, and the zip is written again with true sizes and CRCs, deflated — so a few KB
 * can hold megabytes of XML, as an attacker's file would. Layout: PKWARE APPNOTE.TXT 6.3, §4.3.
 * `lie` writes this many as every declared unzipped size instead (forged headers).
 */
export function rewriteZip(
  bytes: Uint8Array,
  edit: (name: string, data: Buffer) => Buffer,
  lie?: number,
): Uint8Array {
  const zip = Buffer.from(bytes);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let k = 0; k < count; k++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const stored = zip.subarray(start, start + zip.readUInt32LE(at + 20));
    const raw = zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(stored) : stored;
    const data = edit(name.toString('utf8'), raw);
    const packed = deflateRawSync(data);
    // Both headers carry version, method, CRC, sizes and name length; the central one is 2 bytes on.
    const header = (signature: number, size: number, shift: number) => {
      const h = Buffer.alloc(size);
      h.writeUInt32LE(signature, 0);
      h.writeUInt16LE(20, 4 + shift);
      h.writeUInt16LE(8, 8 + shift);
      h.writeUInt32LE(crc32(data), 14 + shift);
      h.writeUInt32LE(packed.length, 18 + shift);
      h.writeUInt32LE(lie ?? data.length, 22 + shift);
      h.writeUInt16LE(name.length, 26 + shift);
      return h;
    };
    const lh = header(0x04034b50, 30, 0);
    const ch = header(0x02014b50, 46, 2);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, packed);
    centrals.push(ch, name);
    offset += 30 + name.length + packed.length;
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  const directory = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(count, 8);
  eocd.writeUInt16LE(count, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, eocd]));
}

/** Adds `xml` to the end of a worksheet's `<sheetData>`. */
export const appendToSheetData = (data: Buffer, xml: string) =>
  Buffer.from(data.toString('utf8').replace('</sheetData>', `${xml}</sheetData>`));
