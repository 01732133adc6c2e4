import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../cli/io.ts';
import type { CliIo } from '../../../cli/io.ts';
import { diagramImageFormats } from '../../../cli/diagram-image.ts';
import { specCommand } from '../../../cli/spec-command.ts';
import { specFormats } from '../../../shared/flows/render-spec.ts';
import { importDiagramModel } from '../../../shared/flows/diagram-model.ts';
import { exampleDocument } from '../shared/fixtures.ts';

/** An in-memory file system (text and bytes) and captured output, like test/unit/cli. */
function memoryIo(files: Record<string, string> = {}) {
  const store = new Map<string, string | Uint8Array>(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  const reads: string[] = [];
  const io: CliIo = {
    readText: (path) => {
      reads.push(path);
      const text = store.get(path);
      if (typeof text !== 'string')
        return Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' }));
      return Promise.resolve(text);
    },
    writeText: (path, text) => {
      if (path.startsWith('/readonly/'))
        return Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' }));
      store.set(path, text);
      return Promise.resolve();
    },
    writeBytes: (path, bytes) => {
      store.set(path, bytes);
      return Promise.resolve();
    },
    exists: (path) => Promise.resolve(store.has(path)),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, store, out, err, reads };
}

const example = readFileSync(
  new URL('../../../templates/examples/food-plant.en.json', import.meta.url),
  'utf8',
);
const run = (
  format: string,
  output = 'out',
  language: 'en' | 'zh-CN' = 'en',
  files = { 'plant.trplan': example },
) => {
  const memory = memoryIo(files);
  return specCommand('plant.trplan', { format, output, language }, memory.io).then((code) => ({
    code,
    ...memory,
  }));
};

describe('traceready spec: each format', () => {
  it.each([
    [
      'openapi',
      'OpenAPI 3.1.0, 10 path(s)',
      (text: string) => expect(JSON.parse(text)).toMatchObject({ openapi: '3.1.0' }),
    ],
    [
      'asyncapi',
      'AsyncAPI 3.0.0, 6 channel(s)',
      (text: string) => expect(JSON.parse(text)).toMatchObject({ asyncapi: '3.0.0' }),
    ],
    [
      'jsonschema',
      'JSON Schema 2020-12, 14 data object(s)',
      (text: string) =>
        expect(Object.keys((JSON.parse(text) as { $defs: object }).$defs)).toHaveLength(14),
    ],
    [
      'icd',
      'Interface control document, 11 interface(s)',
      (text: string) => expect(text).toMatch(/^# Interface Control Document/),
    ],
    [
      'csv',
      'Interface list (csv), 11 row(s)',
      (text: string) => expect(text.split('\r\n')).toHaveLength(12),
    ],
    [
      'model',
      'Diagram model, 8 system(s) and 11 flow(s)',
      (text: string) =>
        expect(importDiagramModel(text)).toEqual({ ok: true, flows: exampleDocument().flows }),
    ],
  ])('%s: writes the file and says what it wrote', async (format, summary, check) => {
    const { code, store, out } = await run(format);
    expect(code).toBe(EXIT.ok);
    const written = store.get('out');
    expect(typeof written).toBe('string');
    check(written as string);
    expect(out).toEqual([
      `✓ Wrote out: ${summary}`,
      '  Diagram findings: 0 error(s), 1 warning(s), 0 note(s)',
    ]);
  });

  it('xlsx: writes bytes, not text', async () => {
    const { code, store, out } = await run('xlsx', 'list.xlsx');
    expect(code).toBe(EXIT.ok);
    const bytes = store.get('list.xlsx');
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(...(bytes as Uint8Array).slice(0, 2))).toBe('PK');
    expect(out[0]).toBe('✓ Wrote list.xlsx: Interface list (xlsx), 11 row(s)');
  });

  it('speaks Chinese when asked, and writes the spec in Chinese', async () => {
    const { code, store, out } = await run('icd', 'icd.md', 'zh-CN');
    expect(code).toBe(EXIT.ok);
    expect(store.get('icd.md')).toMatch(/^# 接口控制文档/);
    expect(out[0]).toBe('✓ 已写入 icd.md：接口控制文档，11 个接口');
  });
});

describe('traceready spec: the diagram as a picture', () => {
  it('svg: the shared renderer’s true SVG, sized to the diagram', async () => {
    const { code, store, out } = await run('svg', 'plant.svg');
    expect(code).toBe(EXIT.ok);
    const svg = store.get('plant.svg') as string;
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/foreignObject/i);
    const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    expect(out[0]).toBe(`✓ Wrote plant.svg: SVG diagram, ${width}×${height} px`);
  });

  it('png: rasterised by resvg at 2×, messages in the user’s language', async () => {
    const { code, store, out } = await run('png', 'plant.png', 'zh-CN');
    expect(code).toBe(EXIT.ok);
    const png = decode(store.get('plant.png') as Uint8Array);
    expect(out[0]).toBe(`✓ 已写入 plant.png：PNG 数据流图，${png.width}×${png.height} 像素`);
    const svg = (await run('svg', 'plant.svg')).store.get('plant.svg') as string;
    const [, width] = /<svg[^>]* width="(\d+)"/.exec(svg) ?? [];
    expect(png.width).toBe(2 * Number(width));
  }, 30_000);
});

describe('traceready spec: failures', () => {
  it('exits 2 for an unknown format, lists the formats, and reads nothing', async () => {
    const { code, err, reads, store } = await run('pdf');
    expect(code).toBe(EXIT.usage);
    expect(err).toEqual([
      `Unknown format "pdf". Formats: ${[...specFormats, ...diagramImageFormats].join(', ')}`,
    ]);
    expect(reads).toEqual([]);
    expect(store.has('out')).toBe(false);
  });

  it('exits 1 for a missing file', async () => {
    const { code, err } = await run('openapi', 'out', 'en', {} as { 'plant.trplan': string });
    expect(code).toBe(EXIT.invalid);
    expect(err).toEqual(['✗ No such file: plant.trplan']);
  });

  it('exits 1 with located errors for an invalid project', async () => {
    const broken = JSON.parse(example) as { flows: { flows: { sourceId: string }[] } };
    broken.flows.flows[2]!.sourceId = 'sys-nope';
    const { code, err, store } = await run('openapi', 'out', 'en', {
      'plant.trplan': JSON.stringify(broken),
    });
    expect(code).toBe(EXIT.invalid);
    expect(err[0]).toBe('✗ plant.trplan: 1 error(s)');
    expect(err[1]).toMatch(/^ {2}plant\.trplan#\/flows\/flows\/2\/sourceId: "sys-nope"/);
    expect(store.has('out')).toBe(false);
  });

  it('exits 1 with line and column for a syntax error', async () => {
    const { code, err } = await run('csv', 'out', 'en', {
      'plant.trplan': '{\n  "schemaVersion": 1,\n  oops\n}',
    });
    expect(code).toBe(EXIT.invalid);
    expect(err.join('\n')).toMatch(/line 3, column 3/);
  });

  it('exits 1 when the output cannot be written', async () => {
    const { code, err } = await run('icd', '/readonly/icd.md');
    expect(code).toBe(EXIT.invalid);
    expect(err).toEqual(['✗ Cannot access /readonly/icd.md: denied']);
  });
});
