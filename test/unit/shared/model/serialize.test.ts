import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../../../shared/model/parse.ts';
import type { ProjectDocument } from '../../../../shared/model/schema.ts';
import { serializeProject } from '../../../../shared/model/serialize.ts';
import { exampleDocument, fixedContext, readRepoFile } from '../fixtures.ts';

function roundTrip(doc: ProjectDocument): ProjectDocument {
  const result = parseProject(serializeProject(doc), fixedContext());
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(result.migratedFrom).toBeNull();
  return result.document;
}

/** Reverses key order at every level, to prove the output order comes from the schema. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

describe('serializeProject', () => {
  it('round-trips the worked example through parseProject unchanged', () => {
    const example = exampleDocument();
    expect(roundTrip(example)).toEqual(example);
  });

  it('round-trips the zh-CN example, keeping Chinese text unescaped', () => {
    const example = exampleDocument('zh-CN');
    const text = serializeProject(example);
    expect(text).toContain(example.meta.title);
    expect(text).not.toMatch(/\\u[0-9a-f]{4}/i);
    expect(roundTrip(example)).toEqual(example);
  });

  it('is stable: serializing twice, or serializing the re-parsed document, gives the same text', () => {
    const example = exampleDocument();
    const first = serializeProject(example);
    expect(serializeProject(example)).toBe(first);
    expect(serializeProject(roundTrip(example))).toBe(first);
  });

  it('writes two-space indented JSON with a trailing newline', () => {
    const text = serializeProject(exampleDocument());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    const lines = text.split('\n');
    expect(lines[0]).toBe('{');
    expect(lines[1]).toBe('  "schemaVersion": 2,');
    expect(lines.find((l) => l.includes('"title"'))).toMatch(/^ {4}"title": /);
    expect(text).not.toContain('\t');
    expect(lines.every((l) => /^( {2})*\S/.test(l) || l === '')).toBe(true);
  });

  it('orders keys as the schema does, whatever order the document has in memory', () => {
    const example = exampleDocument();
    const shuffled = reverseKeys(example) as ProjectDocument;
    expect(Object.keys(shuffled)[0]).toBe('report');
    const text = serializeProject(shuffled);
    expect(text).toBe(serializeProject(example));
    expect(Object.keys(JSON.parse(text) as object).slice(0, 3)).toEqual([
      'schemaVersion',
      'id',
      'meta',
    ]);
  });

  it.each([
    'templates/projects/blank.en.json',
    'templates/projects/blank.zh-CN.json',
    'templates/examples/food-plant.en.json',
    'templates/examples/food-plant.zh-CN.json',
  ])('reproduces the shipped file %s byte for byte', (path) => {
    const text = readRepoFile(path);
    const result = parseProject(text, fixedContext());
    expect(result.ok && serializeProject(result.document)).toBe(text);
  });

  it('drops properties the schema does not know', () => {
    const example = { ...exampleDocument(), extra: 'x' } as ProjectDocument;
    expect(serializeProject(example)).not.toContain('"extra"');
  });

  it('throws rather than write an invalid document', () => {
    const example = exampleDocument();
    const invalid = { ...example, meta: { ...example.meta, createdAt: 'not a date' } };
    expect(() => serializeProject(invalid)).toThrow();
  });
});

describe('serializeProject ∘ parseProject is the identity (property)', () => {
  /** Unicode text of at most `max` UTF-16 units (the schema's limits count those). */
  const anyText = (max: number) =>
    fc
      .oneof(
        fc.string({ unit: 'grapheme', maxLength: max / 4 }),
        fc.string({ unit: 'binary', maxLength: max / 2 }),
        fc.constantFrom(
          '华欣食品 "追溯" 对接',
          'a"b\\c\n\td',
          '🧀🥛 lot\u2028sep',
          '</script>',
          '',
        ),
      )
      .filter((s) => s.length <= max);
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);

  const edits = fc.record({
    title: anyText(200),
    client: anyText(200),
    notes: anyText(500),
    horizonYears: fc.integer({ min: 1, max: 30 }),
    discountRate: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0),
    currency: fc.string({ maxLength: 8 }),
    position: fc.record({ x: finite, y: finite }),
    flowReason: anyText(200),
    taskDays: fc.integer({ min: 0, max: 3650 }),
    lagDays: fc.integer({ min: -365, max: 365 }),
    startDate: fc.option(fc.constantFrom('2027-01-11', '2030-02-28', '2028-02-29'), {
      nil: null,
    }),
  });

  it('for random edits to text, numbers and dates of the example', () => {
    const example = exampleDocument();
    fc.assert(
      fc.property(edits, (e) => {
        const doc: ProjectDocument = structuredClone(example);
        doc.meta = { ...doc.meta, title: e.title, client: e.client, notes: e.notes };
        doc.decision = {
          ...doc.decision,
          horizonYears: e.horizonYears,
          discountRate: e.discountRate,
          currency: e.currency,
        };
        const [system] = doc.flows.systems;
        const [flow] = doc.flows.flows;
        const task = doc.rollout.tasks[2];
        const predecessor = task?.predecessors[0];
        if (!system || !flow || !task || !predecessor) throw new Error('example changed');
        system.position = e.position;
        flow.reason = e.flowReason;
        task.durationDays = e.taskDays;
        predecessor.lagDays = e.lagDays;
        doc.rollout.startDate = e.startDate;

        const text = serializeProject(doc);
        const back = roundTrip(doc);
        expect(back).toEqual(doc);
        expect(serializeProject(back)).toBe(text);
      }),
      { numRuns: 150 },
    );
    // The worked example holds a 56-task plan: 150 round trips take seconds on a shared machine.
  }, 30_000);
});
