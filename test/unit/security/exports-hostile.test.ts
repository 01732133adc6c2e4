import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { renderDiagramImage } from '../../../cli/diagram-image.ts';
import { diagramScene } from '../../../shared/diagram/diagram-scene.ts';
import { sceneToSvg } from '../../../shared/diagram/scene-svg.ts';
import { renderSpec, specFormats, yamlSpecFormats } from '../../../shared/flows/render-spec.ts';
import { parseProject } from '../../../shared/model/parse.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { buildReportModel } from '../../../shared/report/model.ts';
import { renderReport } from '../../../shared/report/render-pdf.ts';
import { exportTasksCsv } from '../../../shared/rollout/export-csv.ts';
import { exportPlanIcs } from '../../../shared/rollout/export-ics.ts';
import { exportMspdi } from '../../../shared/rollout/export-mspdi.ts';
import { scheduleRollout } from '../../../shared/rollout/schedule.ts';
import { exportScoresCsv } from '../../../shared/spreadsheet/score-csv.ts';
import { exportScoreWorkbook } from '../../../shared/spreadsheet/score-workbook.ts';
import { customObject, validateAsyncApi } from '../flows/flow-fixtures.ts';
import { fonts, poppler, TODAY, writeTemp } from '../report/report-fixtures.ts';
import { exampleDocument } from '../shared/fixtures.ts';

/**
 * Every export format, on a project whose every name, title and note carries terminal escapes,
 * XML-forbidden characters and Trojan Source bidi controls (issue 11, item 6): no output holds
 * one of them, no name starts a line of its own, and the XML, iCalendar and AsyncAPI outputs
 * still pass strict readers.
 */

/** ESC sequences, BEL, NUL, VT, FF, DEL, C1 (NEL, CSI), every bidi embedding/override/isolate,
 * lone surrogates and the two BMP non-characters. */
const HOSTILE =
  '\u001b[2J\u001b]0;pwned\u0007\u0000\u000b\u000c\u007f\u0085\u009b31m' +
  '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\udfffx\ud800\ufffe\uffff';
/** What a name with a line feed could print as a line of its own. */
const FAKE_LINE = '\n✓ x: valid';
/** Any character of the hostile set; `u`: a surrogate pair is one code point, never matched. */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- the point of the test
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/u;
const FAKE_LINE_START = /^✓ x: valid/m;

const SINGLE_LINE = new Set([
  'title',
  'client',
  'site',
  'consultant',
  'name',
  'product',
  'location',
  'frequency',
  'latency',
  'contact',
  'audience',
  'confidentiality',
  'consultancy',
  'authorName',
]);
const MULTI_LINE = new Set([
  'notes',
  'note',
  'evidence',
  'description',
  'reason',
  'outOfScopeReason',
  'text',
  'goal',
  'mitigation',
  'topic',
  'materials',
]);

/** (`unit` is too short to poison, `scope` is also an enum.) Appends the hostile text (and, to single-line fields, a fake output line) everywhere. */
function poison(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (SINGLE_LINE.has(key)) return `${value}${HOSTILE}${FAKE_LINE}`;
    if (MULTI_LINE.has(key)) return `${value}${HOSTILE}\nline 2`;
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => poison(item, key));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  }
  return value;
}

/** The worked example, poisoned, with a custom data object on its MQTT flow, parsed as a file. */
function hostileDocument(): ProjectDocument {
  const doc = exampleDocument();
  const pallet = customObject('co-pallet', 'Pallet', [
    { name: 'lot', type: 'string', isRequired: true },
    { name: 'weight', type: 'number' },
  ]);
  const withObject = {
    ...doc,
    flows: {
      ...doc.flows,
      customObjects: [pallet],
      flows: doc.flows.flows.map((f) =>
        f.protocol === 'mqtt' ? { ...f, objects: [...f.objects, pallet.id] } : f,
      ),
    },
  };
  const parsed = parseProject(JSON.stringify(poison(withObject)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  return parsed.document;
}

const doc = hostileDocument();

/** Every string inside a value (not the bytes of embedded binaries). */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (ArrayBuffer.isView(value)) return;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) yield* strings(item);
}

/**
 * Fails with the offending character and its context; and when a name starts a line (not
 * checked in laid-out text: the diagram and the PDF wrap long names onto lines of their own).
 */
function expectInert(label: string, text: string, { isLaidOut = false } = {}) {
  const at = text.search(FORBIDDEN);
  expect(at, `${label}: ${JSON.stringify(text.slice(Math.max(0, at - 20), at + 20))}`).toBe(-1);
  if (!isLaidOut) expect(text, label).not.toMatch(FAKE_LINE_START);
}

/** Parses XML 1.0 with saxes, which enforces the Char production; throws on the first error. */
function strictXml(text: string) {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
  expect(XMLValidator.validate(text)).toBe(true);
}

describe('a document full of hostile characters', () => {
  it('really is hostile (the test can fail)', () => {
    expect(doc.meta.title).toMatch(FORBIDDEN);
    expect(doc.flows.customObjects[0]?.fields[0]?.name).toMatch(FORBIDDEN);
    expect(() => strictXml(`<a>${doc.meta.title}</a>`)).toThrow();
  });

  const textFormats = specFormats.filter((f) => f !== 'xlsx');
  it.each(textFormats)('spec %s is inert', async (format) => {
    const output = await renderSpec(doc, format, 'en');
    expectInert(format, String(output.content));
  });

  it.each(yamlSpecFormats)('spec %s as YAML is inert', async (format) => {
    const output = await renderSpec(doc, format, 'en', 'yaml');
    expectInert(`${format} yaml`, String(output.content));
  });

  it('AsyncAPI still passes the official parser', async () => {
    const output = await renderSpec(doc, 'asyncapi', 'en');
    const api = JSON.parse(String(output.content)) as object;
    expect(JSON.stringify(api)).toContain('Pallet');
    const errors = (await validateAsyncApi(api)).filter((d) => d.severity === 0);
    expect(errors).toEqual([]);
  });

  /** Every cell's text of every sheet of a workbook. */
  async function cellTexts(bytes: Uint8Array): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))),
    );
    return cells.join('\n');
  }

  it('the xlsx interface list holds no such character in any cell', async () => {
    const cells = await cellTexts((await renderSpec(doc, 'xlsx', 'en')).content as Uint8Array);
    expect(cells).toContain('ERP');
    expectInert('xlsx', cells);
  });

  it.each(['option', 'vendor'] as const)(
    'the %s score sheets (xlsx, CSV) are inert',
    async (scope) => {
      const cells = await cellTexts(await exportScoreWorkbook(doc, scope, 'en'));
      expect(cells).not.toBe('');
      expectInert('score xlsx', cells);
      expectInert('score csv', exportScoresCsv(doc, scope, 'en'));
    },
  );

  it('the SVG of the CLI and of the app is inert and well-formed XML 1.0', async () => {
    const cli = String((await renderDiagramImage(doc, 'svg')).content);
    const app = sceneToSvg(await diagramScene(doc, { background: 'white' }), doc.meta.title);
    for (const svg of [cli, app]) {
      expectInert('svg', svg);
      strictXml(svg);
    }
  });

  it('the PNG renders', async () => {
    const png = (await renderDiagramImage(doc, 'png')).content as Uint8Array;
    expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  describe('the plan exports', () => {
    const schedule = scheduleRollout(doc, TODAY);
    const options = { language: 'en' as const, now: '2026-11-30T12:00:00Z' };

    it('MSPDI is inert and well-formed XML 1.0', () => {
      const xml = exportMspdi(doc, schedule, options);
      expectInert('mspdi', xml);
      strictXml(xml);
    });

    it('iCalendar is inert and parses with ical.js', () => {
      const ics = exportPlanIcs(doc, schedule, options);
      expectInert('ics', ics);
      const events = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent');
      expect(events.length).toBeGreaterThan(0);
    });

    it('CSV is inert', () => {
      expectInert('csv', exportTasksCsv(doc, schedule, 'en'));
    });
  });

  it('the PDF report: its model and its text are inert', async () => {
    const model = await buildReportModel(doc, {}, TODAY);
    for (const text of strings(model)) expectInert('report model', text, { isLaidOut: true });
    const report = renderReport(model, fonts);
    for (const warning of report.warnings) expect(warning.character).not.toMatch(FORBIDDEN);
    // pdftotext separates pages with a form feed of its own.
    const text = poppler('pdftotext', writeTemp(report.bytes), '-').replaceAll('\f', '');
    expect(text).toContain('Huaxin Foods');
    expectInert('pdf text', text, { isLaidOut: true });
  });
});
