import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DIAGRAM_MODEL_FORMAT,
  DIAGRAM_MODEL_VERSION,
  exportDiagramModel,
  importDiagramModel,
  importDiagramModelValue,
  serializeDiagramModel,
} from '../../../shared/flows/diagram-model.ts';
import { hasCjk, exampleDocument } from '../shared/fixtures.ts';
import { arbitraryFlows, diagram } from './flow-fixtures.ts';

const exampleModel = () =>
  JSON.parse(serializeDiagramModel(exportDiagramModel(exampleDocument()))) as Record<
    string,
    unknown
  >;
const withChange = (change: (model: Record<string, unknown>) => void) => {
  const model = exampleModel();
  change(model);
  return JSON.stringify(model);
};
const flowsOf = (model: Record<string, unknown>) => model.flows as Record<string, unknown>[];

describe('exportDiagramModel / importDiagramModel round trip', () => {
  it.each(['en', 'zh-CN'] as const)('gives back the worked example’s diagram (%s)', (language) => {
    const doc = exampleDocument(language);
    const model = exportDiagramModel(doc);
    expect(model.format).toBe(DIAGRAM_MODEL_FORMAT);
    expect(model.version).toBe(DIAGRAM_MODEL_VERSION);
    const result = importDiagramModel(serializeDiagramModel(model));
    expect(result).toEqual({ ok: true, flows: doc.flows });
  });

  it('exports a copy: editing the model leaves the document alone', () => {
    const doc = exampleDocument();
    const model = exportDiagramModel(doc);
    model.systems[0]!.name = 'changed';
    expect(doc.flows.systems[0]!.name).toBe('Supplier portal');
  });

  it('round-trips random diagrams, hostile names included', () => {
    fc.assert(
      fc.property(arbitraryFlows, (flows) => {
        const doc = { ...diagram([], []), flows };
        const result = importDiagramModel(serializeDiagramModel(exportDiagramModel(doc)));
        expect(result).toEqual({ ok: true, flows });
      }),
      { numRuns: 200 },
    );
  });
});

describe('importDiagramModel refuses bad input with located errors', () => {
  const located = (text: string) => {
    const result = importDiagramModel(text);
    if (result.ok) throw new Error('expected errors');
    return result.errors;
  };

  it.each([
    ['empty text', '', '', /empty/],
    ['a syntax error', '{\n  "format": "traceready.diagram",\n  oops\n}', '', /line 3, column 3/],
    ['a cut-off file', '{"format": "traceready.diagram", "systems": [', '', /line 1, column 46/],
    ['an array', '[]', '', /one JSON object/],
    ['another format', '{"format": "drawio"}', '/format', /Not a TraceReady diagram/],
    ['no version', `{"format": "${DIAGRAM_MODEL_FORMAT}"}`, '/version', /whole number/],
    [
      'a newer version',
      `{"format": "${DIAGRAM_MODEL_FORMAT}", "version": 99}`,
      '/version',
      /newer TraceReady/,
    ],
  ])('%s', (_name, text, pointer, message) => {
    const [error] = located(text);
    expect(error?.pointer).toBe(pointer);
    expect(error?.message.en).toMatch(message);
    expect(hasCjk(error?.message['zh-CN'] ?? '')).toBe(true);
  });

  it.each([
    [
      'a flow to a missing system',
      (m: Record<string, unknown>) => (flowsOf(m)[2]!.targetId = 'sys-nope'),
      '/flows/2/targetId',
    ],
    [
      'an unknown data object',
      (m: Record<string, unknown>) => (flowsOf(m)[0]!.objects = ['material-master', 'pallet']),
      '/flows/0/objects/1',
    ],
    [
      'a duplicate id',
      (m: Record<string, unknown>) => (flowsOf(m)[1]!.id = 'flow-material-master'),
      '/flows/1/id',
    ],
    [
      'a bad direction',
      (m: Record<string, unknown>) => (flowsOf(m)[3]!.direction = 'sideways'),
      '/flows/3/direction',
    ],
    [
      'a negative volume',
      (m: Record<string, unknown>) => (flowsOf(m)[4]!.volumePerDay = -1),
      '/flows/4/volumePerDay',
    ],
    ['systems not a list', (m: Record<string, unknown>) => (m.systems = {}), '/systems'],
  ])('%s', (_name, change, pointer) => {
    const errors = located(withChange(change));
    expect(errors.map((e) => e.pointer)).toEqual([pointer]);
    expect(hasCjk(errors[0]!.message['zh-CN'])).toBe(true);
  });

  it('checks phases only when told the plan’s phases', () => {
    const text = serializeDiagramModel(exportDiagramModel(exampleDocument()));
    expect(importDiagramModel(text).ok).toBe(true);
    const result = importDiagramModel(text, { phaseIds: new Set(['phase-1', 'phase-2']) });
    expect(result.ok ? [] : result.errors.map((e) => e.pointer)).toEqual([
      '/flows/8/phaseId',
      '/flows/9/phaseId',
      '/flows/10/phaseId',
    ]);
  });

  it('accepts a byte order mark and ignores unknown keys', () => {
    const text = withChange((m) => (m.extra = { anything: true }));
    expect(importDiagramModel('\uFEFF' + text).ok).toBe(true);
  });

  it('never throws, whatever the text or value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = importDiagramModel(text);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) for (const e of result.errors) expect(e.pointer).toMatch(/^(\/.*)?$/);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => importDiagramModelValue(value)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    const deep = '['.repeat(200000) + ']'.repeat(200000);
    expect(importDiagramModel(deep).ok).toBe(false);
    const marked = (inner: string) =>
      `{"format":"${DIAGRAM_MODEL_FORMAT}","version":1,"systems":${inner}}`;
    expect(
      importDiagramModel(marked('[' + '{"a":'.repeat(5000) + '1' + '}'.repeat(5000) + ']')).ok,
    ).toBe(false);
  });
});
