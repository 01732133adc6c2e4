import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  setScore,
  updateCandidate,
  updateCriterion,
  updateRater,
  updateVendor,
} from '../../../shared/decision/decision-edits.ts';
import {
  setDiscountRate,
  setHorizonYears,
  updateCost,
} from '../../../shared/decision/weight-edits.ts';
import { updateFlow, updateNote, updateSystem } from '../../../shared/flows/diagram-edits.ts';
import { setAnswer, setWeight, updateMeta } from '../../../shared/model/edits.ts';
import { parseProjectValue } from '../../../shared/model/parse.ts';
import { reportOptionsSchema } from '../../../shared/model/report-schema.ts';
import {
  calendarExceptionSchema,
  gateSchema,
  memberSchema,
  riskSchema,
  taskSchema,
  trainingSchema,
  workstreamSchema,
} from '../../../shared/model/rollout-schema.ts';
import {
  answerSchema,
  candidateSchema,
  costItemSchema,
  criterionSchema,
  flowSchema,
  metaSchema,
  noteSchema,
  raterSchema,
  systemSchema,
  vendorSchema,
  type ProjectDocument,
} from '../../../shared/model/schema.ts';
import { exportScoresCsv, importScoresCsv } from '../../../shared/spreadsheet/score-csv.ts';
import { updateReportOptions } from '../../../shared/report/report-edits.ts';
import { updateCalendarException, updateTask } from '../../../shared/rollout/plan-edits.ts';
import {
  updateGateItem,
  updateMember,
  updateRisk,
  updateTraining,
  updateWorkstream,
} from '../../../shared/rollout/team-edits.ts';
import { deepFreeze, exampleDocument, fixedContext, sequentialIds } from '../shared/fixtures.ts';
import { fuzzParameters } from './fuzz-support.ts';

/**
 * Issue 11, item 5: "whatever an import or an edit accepts must save". Every pure edit that
 * takes what a user types — text of any length, any number — is driven with hostile values;
 * whenever it accepts one (returns a changed document), that document must pass the check a save
 * runs (`parseProjectValue` on the document as plain JSON). The fields come from the schema
 * itself, so a field added later is fuzzed too.
 */

const saveErrors = (doc: ProjectDocument) => {
  const result = parseProjectValue(JSON.parse(JSON.stringify(doc)), fixedContext());
  return result.ok ? [] : result.errors.map((e) => `${e.pointer}: ${e.message.en}`);
};

/** Strings across every limit of the schema (80, 200, 500, 2,000), random text and controls. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 30, unit: 'binary' }),
  fc
    .constantFrom(0, 79, 80, 81, 199, 200, 201, 499, 500, 501, 1999, 2000, 2001, 4000)
    .chain((n) => fc.constantFrom('a', '字', '😀', '\u0000', '\u202e').map((c) => c.repeat(n))),
);
const hostileNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1, 0, 0.5, 1, 5, 10, 11, 100, 101, 3651),
);

type Kind = 'text' | 'number';

/** The leaf type under default/optional/nullable wrappers. */
function leaf(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodNullable)
    s = s.unwrap() as z.ZodType;
  return s;
}

/** The keys of an object schema a user types into: plain text (no id, date or URL) and numbers. */
function typedFields(schema: z.ZodObject): [string, Kind][] {
  return Object.entries(schema.shape).flatMap(([key, field]): [string, Kind][] => {
    if (key === 'id') return [];
    const type = leaf(field as z.ZodType);
    if (type instanceof z.ZodString && type.format === null) return [[key, 'text']];
    if (type instanceof z.ZodNumber) return [[key, 'number']];
    return [];
  });
}

/** One field of `schema` set to a hostile value of its kind. */
function hostilePatch(schema: z.ZodObject): fc.Arbitrary<Record<string, unknown>> {
  const fields = typedFields(schema);
  return fc
    .constantFrom(...fields)
    .chain(([key, kind]) =>
      (kind === 'text' ? hostileText : hostileNumber).map((value) => ({ [key]: value })),
    );
}

const doc = deepFreeze(exampleDocument());
const d = doc.decision;
const r = doc.rollout;
const phaseWithGates = r.phases.find((p) => p.gates.length > 0)!;
const exception = { id: 'exc-1', date: '2027-05-03', kind: 'holiday' as const, name: 'Holiday' };
const docWithException = deepFreeze({
  ...doc,
  rollout: { ...r, calendar: { ...r.calendar, exceptions: [exception] } },
});

/** An edit: its hostile arguments (printed on failure), and how it changes its document. */
type Case = { name: string; args: fc.Arbitrary<unknown>; apply: (args: never) => ProjectDocument };
const byId = (
  name: string,
  schema: z.ZodObject,
  ids: readonly string[],
  edit: (doc: ProjectDocument, id: string, patch: never) => ProjectDocument,
  base: ProjectDocument = doc,
): Case => ({
  name,
  args: fc.tuple(fc.constantFrom(...ids), hostilePatch(schema)),
  apply: ([id, patch]: [string, never]) => edit(base, id, patch),
});
const ofValue = <T>(
  name: string,
  value: fc.Arbitrary<T>,
  edit: (doc: ProjectDocument, value: T) => ProjectDocument,
): Case => ({ name, args: value, apply: (v: T) => edit(doc, v) });

const cases: Case[] = [
  ofValue('updateMeta', hostilePatch(metaSchema), (doc, patch) => updateMeta(doc, patch)),
  ofValue(
    'setAnswer',
    fc.tuple(
      fc.constantFrom(...doc.audit.answers.map((a) => a.questionId)),
      hostilePatch(answerSchema),
    ),
    (doc, [questionId, patch]) => setAnswer(doc, questionId, patch, sequentialIds()),
  ),
  byId(
    'updateCandidate',
    candidateSchema,
    d.candidates.map((c) => c.id),
    updateCandidate,
  ),
  byId(
    'updateVendor',
    vendorSchema,
    d.vendors.map((v) => v.id),
    updateVendor,
  ),
  byId(
    'updateCriterion',
    criterionSchema,
    d.criteria.map((c) => c.id),
    updateCriterion,
  ),
  byId(
    'updateRater',
    raterSchema,
    d.raters.map((x) => x.id),
    updateRater,
  ),
  ofValue(
    'setWeight',
    fc.tuple(fc.constantFrom(...d.raters), fc.constantFrom(...d.criteria), hostileNumber),
    (doc, [rater, criterion, value]) =>
      setWeight(doc, rater.id, criterion.id, value, sequentialIds()),
  ),
  ofValue(
    'setScore',
    fc.tuple(
      fc.constantFrom(...d.scores),
      hostilePatch(
        z.object({ value: z.number(), low: z.number(), high: z.number(), note: z.string() }),
      ),
    ),
    (doc, [score, patch]) =>
      setScore(
        doc,
        { raterId: score.raterId, subjectId: score.subjectId, criterionId: score.criterionId },
        patch,
        sequentialIds(),
      ),
  ),
  byId(
    'updateCost',
    costItemSchema,
    d.costs.map((c) => c.id),
    updateCost,
  ),
  ofValue('setHorizonYears', hostileNumber, setHorizonYears),
  ofValue('setDiscountRate', hostileNumber, setDiscountRate),
  byId(
    'updateSystem',
    systemSchema,
    doc.flows.systems.map((s) => s.id),
    updateSystem,
  ),
  byId(
    'updateFlow',
    flowSchema,
    doc.flows.flows.map((f) => f.id),
    updateFlow,
  ),
  byId(
    'updateNote',
    noteSchema,
    doc.flows.notes.map((n) => n.id),
    updateNote,
  ),
  byId(
    'updateTask',
    taskSchema,
    r.tasks.map((t) => t.id),
    updateTask,
  ),
  byId(
    'updateMember',
    memberSchema,
    r.team.map((m) => m.id),
    updateMember,
  ),
  byId(
    'updateWorkstream',
    workstreamSchema,
    r.workstreams.map((w) => w.id),
    updateWorkstream,
  ),
  byId(
    'updateRisk',
    riskSchema,
    r.risks.map((x) => x.id),
    updateRisk,
  ),
  byId(
    'updateTraining',
    trainingSchema,
    r.trainings.map((x) => x.id),
    updateTraining,
  ),
  byId(
    'updateGateItem',
    gateSchema,
    phaseWithGates.gates.map((g) => g.id),
    (doc, id, patch) => updateGateItem(doc, phaseWithGates.id, id, patch),
  ),
  byId(
    'updateCalendarException',
    calendarExceptionSchema,
    [exception.id],
    updateCalendarException,
    docWithException,
  ),
  ofValue('updateReportOptions', hostilePatch(reportOptionsSchema), (doc, patch) =>
    updateReportOptions(doc, patch),
  ),
];

describe('fuzz: every accepted edit saves (issue 11, item 5)', { timeout: 120_000 }, () => {
  it('the example has something to edit for every case', () => {
    expect(doc.flows.notes.length * d.costs.length * r.risks.length).toBeGreaterThan(0);
    expect(r.trainings.length * r.workstreams.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, { args, apply }) => {
    let accepted = 0;
    fc.assert(
      fc.property(args, (value) => {
        const next = apply(value as never);
        if (next === doc || next === docWithException) return; // refused: nothing changed
        accepted++;
        expect(saveErrors(next)).toEqual([]);
      }),
      fuzzParameters(400),
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it('score CSV import: any value, range or note in any row', () => {
    const lines = exportScoresCsv(doc, 'option', 'en').split('\n');
    const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
    const cell = fc.oneof(hostileText.map(quoted), hostileNumber.map(String));
    const rows = fc.tuple(fc.nat({ max: lines.length - 2 }), fc.constantFrom(6, 7, 8, 9), cell);
    let accepted = 0;
    fc.assert(
      fc.property(rows, ([row, column, value]) => {
        const text = lines
          .map((line, i) => {
            if (i !== row + 1) return line;
            const cells = line.split(',');
            cells[column] = value;
            return cells.join(',');
          })
          .join('\n');
        const result = importScoresCsv(doc, text, 'option', sequentialIds());
        if (!result.ok) return;
        accepted++;
        expect(saveErrors(result.document)).toEqual([]);
      }),
      fuzzParameters(1_000),
    );
    // Not a vacuous pass: plenty of the hostile sheets are accepted (and then must save).
    expect(accepted).toBeGreaterThan(100);
  });
});
