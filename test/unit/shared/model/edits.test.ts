import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addFlow,
  addSystem,
  moveSystems,
  patchById,
  removePhase,
  removeRater,
  removeSystems,
  setAnswer,
  setGateDone,
  setWeight,
  updateMeta,
  upsertById,
} from '../../../../shared/model/edits.ts';
import { checkReferences } from '../../../../shared/model/references.ts';
import { flowSchema, projectSchema, systemSchema } from '../../../../shared/model/schema.ts';
import type { ProjectDocument } from '../../../../shared/model/schema.ts';
import { deepFreeze, exampleDocument, sequentialIds } from '../fixtures.ts';

/** The example, frozen all the way down so that any in-place edit throws. */
const frozenExample = () => deepFreeze(exampleDocument());

/** Fails if the edit changed the document it was given. */
function expectPure(
  edit: (doc: ProjectDocument) => ProjectDocument,
  doc: ProjectDocument = frozenExample(),
): ProjectDocument {
  const before = structuredClone(doc);
  const next = edit(doc);
  expect(doc).toEqual(before);
  expect(next).not.toBe(doc);
  return next;
}

/** Fails if the document no longer validates or has dangling references. */
function expectValid(doc: ProjectDocument) {
  expect(projectSchema.safeParse(doc).error?.issues).toBeUndefined();
  expect(checkReferences(doc)).toEqual([]);
}

const noNewId = () => {
  throw new Error('no new id expected');
};

describe('upsertById and patchById', () => {
  const items = deepFreeze([
    { id: 'a', n: 1 },
    { id: 'b', n: 2 },
  ]);
  it('replaces in place or appends', () => {
    expect(upsertById(items, { id: 'b', n: 9 })).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 9 },
    ]);
    expect(upsertById(items, { id: 'c', n: 3 }).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(upsertById([], { id: 'a', n: 1 })).toEqual([{ id: 'a', n: 1 }]);
  });

  it('patches only the matching item and never changes its id', () => {
    const patched = patchById(items, 'a', { n: 5, id: 'z' });
    expect(patched).toEqual([
      { id: 'a', n: 5 },
      { id: 'b', n: 2 },
    ]);
    expect(patched[1]).toBe(items[1]);
    expect(patchById(items, 'nope', { n: 0 })).toEqual(items);
  });
});

describe('edits are pure', () => {
  it('updateMeta patches meta and shares untouched sections', () => {
    const doc = frozenExample();
    const next = updateMeta(doc, { title: '新标题', client: 'X' });
    expect(next.meta).toEqual({ ...doc.meta, title: '新标题', client: 'X' });
    expect(doc.meta.title).not.toBe('新标题');
    expect(next.decision).toBe(doc.decision);
    expect(next.rollout).toBe(doc.rollout);
    expectValid(next);
  });

  it('setAnswer creates an answer, then updates it by question', () => {
    const newId = sequentialIds('ans');
    const blank = { ...frozenExample(), audit: { answers: [], targets: [], handoffs: [] } };
    const created = expectPure(
      (doc) => setAnswer(doc, 'q-lot-tracking', { value: 3 }, newId),
      blank,
    );
    expect(created.audit.answers).toEqual([
      {
        id: 'ans-1',
        questionId: 'q-lot-tracking',
        status: 'answered',
        value: 3,
        note: '',
        evidence: '',
        department: null,
        count: null,
        total: null,
      },
    ]);
    deepFreeze(created);
    const updated = setAnswer(
      created,
      'q-lot-tracking',
      { status: 'unknown', note: 'ask QC' },
      noNewId,
    );
    expect(updated.audit.answers).toEqual([
      { ...created.audit.answers[0], status: 'unknown', note: 'ask QC' },
    ]);
    const second = setAnswer(updated, 'q-other', { value: ['a', 'b'] }, newId);
    expect(second.audit.answers.map((a) => [a.id, a.questionId])).toEqual([
      ['ans-1', 'q-lot-tracking'],
      ['ans-2', 'q-other'],
    ]);
    expectValid(second);
  });

  it('setWeight updates an existing weight in place, keeping its id', () => {
    const doc = frozenExample();
    const index = doc.decision.weights.findIndex(
      (w) => w.raterId === 'rater-qc' && w.criterionId === 'crit-data-security',
    );
    expect(index).toBeGreaterThan(-1);
    const next = expectPure((d) => setWeight(d, 'rater-qc', 'crit-data-security', 42, noNewId));
    expect(next.decision.weights).toHaveLength(doc.decision.weights.length);
    expect(next.decision.weights[index]).toEqual({ ...doc.decision.weights[index], value: 42 });
    expectValid(next);
  });

  it('setWeight adds a weight for a new pair with a fresh id', () => {
    const next = expectPure((d) =>
      setWeight(d, 'rater-it', 'crit-references', 7, sequentialIds('w')),
    );
    expect(next.decision.weights.at(-1)).toEqual({
      id: 'w-1',
      raterId: 'rater-it',
      criterionId: 'crit-references',
      value: 7,
    });
    expectValid(next);
  });

  it.each([
    [-5, 0],
    [-0.001, 0],
    [-Infinity, 0],
    [0, 0],
    [12.5, 12.5],
  ])('setWeight stores %d as %d', (value, stored) => {
    const next = setWeight(frozenExample(), 'rater-it', 'crit-scalability', value, noNewId);
    const weight = next.decision.weights.find(
      (w) => w.raterId === 'rater-it' && w.criterionId === 'crit-scalability',
    );
    expect(weight?.value).toBe(stored);
  });

  // NaN and +Infinity (e.g. from an emptied number input) would make the document unsavable:
  // the schema refuses both.
  it.each([Number.NaN, Infinity])('setWeight(%d) keeps the document valid', (value) => {
    expectValid(setWeight(frozenExample(), 'rater-it', 'crit-scalability', value, noNewId));
  });

  it('removeRater removes the rater with their weights, judgements and scores', () => {
    const next = expectPure((doc) => removeRater(doc, 'rater-it'));
    const d = next.decision;
    expect(d.raters.map((r) => r.id)).toEqual([
      'rater-qc',
      'rater-production',
      'rater-procurement',
    ]);
    expect(d.weights).toHaveLength(15);
    expect(d.judgements).toHaveLength(0);
    expect(d.scores).toHaveLength(65);
    expect(JSON.stringify(d)).not.toContain('"rater-it"');
    expectValid(next);
  });

  it('removeRater of an unknown rater changes nothing', () => {
    expect(removeRater(frozenExample(), 'rater-nobody')).toEqual(frozenExample());
  });

  it('removeSystems removes the systems and every flow that touches them', () => {
    const next = expectPure((doc) => removeSystems(doc, new Set(['sys-erp'])));
    expect(next.flows.systems.map((s) => s.id)).not.toContain('sys-erp');
    expect(next.flows.systems).toHaveLength(7);
    expect(next.flows.flows.map((f) => f.id)).toEqual([
      'flow-consumption',
      'flow-qc-results',
      'flow-wms-receipts',
      'flow-supplier-asn',
      'flow-receipt-confirmation',
    ]);
    expectValid(next);
  });

  it('removeSystems with several systems, and with none', () => {
    const all = new Set(frozenExample().flows.systems.map((s) => s.id));
    const emptied = removeSystems(frozenExample(), all);
    expect(emptied.flows.systems).toEqual([]);
    expect(emptied.flows.flows).toEqual([]);
    expect(emptied.flows.notes).toHaveLength(1);
    expectValid(emptied);
    expect(removeSystems(frozenExample(), new Set())).toEqual(frozenExample());
  });

  it('removePhase unphases the tasks, flows and trainings that pointed at it', () => {
    const before = frozenExample();
    const next = expectPure((doc) => removePhase(doc, 'phase-1'), before);
    expect(next.rollout.phases.map((p) => p.id)).toEqual(['phase-2', 'phase-3']);
    expect(next.rollout.tasks.map((t) => t.phaseId)).toEqual(
      before.rollout.tasks.map((t) => (t.phaseId === 'phase-1' ? null : t.phaseId)),
    );
    expect(next.rollout.tasks.filter((t) => t.phaseId === null)).toHaveLength(
      before.rollout.tasks.filter((t) => t.phaseId === 'phase-1').length,
    );
    expect(next.flows.flows.filter((f) => f.phaseId === null)).toHaveLength(7);
    expect(next.rollout.trainings.map((t) => t.phaseId)).toEqual(
      before.rollout.trainings.map((t) => (t.phaseId === 'phase-1' ? null : t.phaseId)),
    );
    const untouched = before.rollout.tasks.findIndex((t) => t.phaseId !== 'phase-1');
    expect(next.rollout.tasks[untouched]).toBe(before.rollout.tasks[untouched]);
    expectValid(next);
  });

  it('moveSystems moves only the systems named', () => {
    const before = frozenExample();
    const moves = new Map([['sys-mes', { x: 10, y: -20 }]]);
    const next = expectPure((doc) => moveSystems(doc, moves), before);
    expect(next.flows.systems.find((s) => s.id === 'sys-mes')?.position).toEqual({ x: 10, y: -20 });
    expect(next.flows.systems[0]).toBe(before.flows.systems[0]);
    expectValid(next);
  });

  it('setGateDone ticks one gate of one phase', () => {
    const next = expectPure((doc) => setGateDone(doc, 'phase-2', 'gate-2-uat', true));
    const gates = next.rollout.phases.flatMap((p) =>
      p.gates.filter((g) => g.isDone).map((g) => g.id),
    );
    expect(gates).toEqual(['gate-2-uat']);
    const cleared = setGateDone(deepFreeze(next), 'phase-2', 'gate-2-uat', false);
    expect(cleared).toEqual(frozenExample());
    expect(setGateDone(frozenExample(), 'phase-1', 'gate-2-uat', true)).toEqual(frozenExample());
  });

  it('addSystem and addFlow append', () => {
    const system = systemSchema.parse({ id: 'sys-lims', kind: 'lims', name: 'LIMS' });
    const flow = flowSchema.parse({
      id: 'flow-lims',
      sourceId: 'sys-lims',
      targetId: 'sys-qms',
      objects: ['inspection-result'],
    });
    const next = expectPure((doc) => addFlow(addSystem(doc, system), flow));
    expect(next.flows.systems.at(-1)).toEqual(system);
    expect(next.flows.flows.at(-1)).toEqual(flow);
    expectValid(next);
  });
});

describe('sequences of edits keep the example valid (property)', () => {
  const example = deepFreeze(exampleDocument());
  const raters = example.decision.raters.map((r) => r.id);
  const criteria = example.decision.criteria.map((c) => c.id);
  const systems = example.flows.systems.map((s) => s.id);
  const phases = example.rollout.phases.map((p) => p.id);

  type Edit = (doc: ProjectDocument) => ProjectDocument;
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.constantFrom(...raters).map(
      (id): Edit =>
        (doc) =>
          removeRater(doc, id),
    ),
    fc.subarray(systems).map(
      (ids): Edit =>
        (doc) =>
          removeSystems(doc, new Set(ids)),
    ),
    fc.constantFrom(...phases).map(
      (id): Edit =>
        (doc) =>
          removePhase(doc, id),
    ),
    fc
      .tuple(
        fc.constantFrom(...raters),
        fc.constantFrom(...criteria),
        fc.double({ min: -10, max: 100, noNaN: true }),
      )
      .map(
        ([r, c, v]): Edit =>
          (doc) =>
            doc.decision.raters.some((x) => x.id === r)
              ? setWeight(doc, r, c, v, sequentialIds(`w-${r}-${c}`))
              : doc,
      ),
    fc.string({ maxLength: 20 }).map(
      (q): Edit =>
        (doc) =>
          setAnswer(doc, `q-${q.length}`, { note: q }, sequentialIds(`a-${q.length}`)),
    ),
  );

  it('never leaves a dangling reference or an invalid field', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        const result = edits.reduce((doc, e) => e(deepFreeze(doc)), example);
        expectValid(result);
      }),
      { numRuns: 100 },
    );
  });
});
