import { describe, expect, it } from 'vitest';
import {
  applyFlowSeeds,
  applyPreset,
  applyRolloutSeeds,
  applySuggestedWeights,
  recordHandoff,
  type ApplyContext,
} from '../../../shared/audit/apply.ts';
import { loadPresets, loadQuestionnaire, presetFor } from '../../../shared/audit/catalog.ts';
import {
  flowSeeds,
  optionDimensions,
  rolloutSeeds,
  suggestedWeights,
} from '../../../shared/audit/handoffs.ts';
import { parseProjectValue } from '../../../shared/model/parse.ts';
import { checkReferences } from '../../../shared/model/references.ts';
import type { Language, ProjectDocument } from '../../../shared/model/schema.ts';
import { deepFreeze, exampleDocument, NOW, sequentialIds } from '../shared/fixtures.ts';
import { auditDoc, na, unknown } from './audit-fixtures.ts';

/**
 * Applying step 1's hand-offs to the document: pure edits that keep the document valid, never
 * overwrite what the team entered, and do nothing new when applied twice.
 */

const context = (language: Language = 'en'): ApplyContext => ({
  newId: sequentialIds('new'),
  now: NOW,
  language,
});

/** Runs an edit on a frozen document; fails if it changed its input or broke the document. */
function applyPure(doc: ProjectDocument, edit: (d: ProjectDocument) => ProjectDocument) {
  const frozen = deepFreeze(structuredClone(doc));
  const before = structuredClone(frozen);
  const next = edit(frozen);
  expect(frozen).toEqual(before);
  expect(checkReferences(next)).toEqual([]);
  const parsed = parseProjectValue(structuredClone(next));
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  return next;
}

const optionWeights = (doc: ProjectDocument, raterId: string) =>
  optionDimensions.map((d) => {
    const criterion = doc.decision.criteria.find((c) => c.builtin === d);
    return doc.decision.weights.find(
      (w) => w.raterId === raterId && w.criterionId === criterion?.id,
    )?.value;
  });

describe('applySuggestedWeights', () => {
  it('sets every rater’s five option weights to the suggestion in percent', () => {
    const example = exampleDocument();
    const next = applyPure(example, (d) =>
      applySuggestedWeights(d, suggestedWeights(d), context()),
    );
    // 20, 35, 25, 30, 25 of 135 points, to one decimal
    const expected = [14.8, 25.9, 18.5, 22.2, 18.5];
    expect(next.decision.raters).toEqual(example.decision.raters);
    for (const rater of example.decision.raters) {
      expect(optionWeights(next, rater.id), rater.id).toEqual(expected);
    }
    expect(expected.reduce((s, v) => s + v, 0)).toBeCloseTo(100, 0);
    // Vendor criteria keep the raters' own weights.
    const vendorIds = new Set(
      example.decision.criteria.filter((c) => c.scope === 'vendor').map((c) => c.id),
    );
    const vendorWeights = (d: ProjectDocument) =>
      d.decision.weights.filter((w) => vendorIds.has(w.criterionId));
    expect(vendorWeights(next)).toEqual(vendorWeights(example));
    expect(next.audit.handoffs).toEqual([
      { id: 'new-1', handoff: 'weights', status: 'accepted', decidedAt: NOW },
    ]);
  });

  it.each([
    ['en', 'Self-audit suggestion'],
    ['zh-CN', '自审建议'],
  ] as const)('adds one rater for the suggestion when there is none (%s)', (language, name) => {
    const blank = auditDoc({}, { language });
    const next = applyPure(blank, (d) =>
      applySuggestedWeights(d, suggestedWeights(d), context(language)),
    );
    expect(next.decision.raters).toEqual([{ id: 'new-1', name, department: 'management' }]);
    expect(optionWeights(next, 'new-1')).toEqual([20, 20, 20, 20, 20]);
    expect(next.decision.weights).toHaveLength(5);
  });

  it('replaces its own earlier decision and weights when applied again', () => {
    const ctx = context();
    const once = applySuggestedWeights(auditDoc({}), suggestedWeights(auditDoc({})), ctx);
    const changed = auditDoc({ 'goal.deadline': '3-months' }); // speed 30 of 110
    const twice = applyPure(once, (d) => applySuggestedWeights(d, suggestedWeights(changed), ctx));
    expect(twice.decision.raters).toHaveLength(1);
    expect(twice.decision.weights).toHaveLength(5);
    expect(optionWeights(twice, 'new-1')).toEqual([18.2, 18.2, 27.3, 18.2, 18.2]);
    expect(twice.audit.handoffs).toEqual(once.audit.handoffs);
  });
});

describe('applyFlowSeeds', () => {
  const answers = {
    'flows.must-flow': [
      'material-master',
      'inspection-result',
      'work-order',
      'advance-shipping-notice',
      'shipment',
    ],
    'flows.two-way': ['inspection-result'],
  };

  it('adds a system per kind needed and each seed flow, phased and tagged', () => {
    const doc = auditDoc(answers);
    const next = applyPure(doc, (d) => applyFlowSeeds(d, flowSeeds(d), context()));
    expect(
      next.flows.systems.map((s) => [s.kind, s.name, s.lane, s.position.x, s.position.y]),
    ).toEqual([
      ['erp', 'ERP', 'internal', 320, 0],
      ['traceability', 'Traceability platform', 'internal', 640, 0],
      ['qms', 'QMS', 'internal', 320, 140],
      ['mes', 'MES', 'internal', 320, 280],
      ['supplier', 'Supplier', 'upstream', 0, 0],
      ['customer', 'Customer / customer portal', 'downstream', 960, 0],
    ]);
    const kindOf = (id: string) => next.flows.systems.find((s) => s.id === id)?.kind;
    expect(
      next.flows.flows.map((f) => [
        f.objects,
        kindOf(f.sourceId),
        kindOf(f.targetId),
        f.direction,
        f.phaseId,
        f.isCore,
      ]),
    ).toEqual([
      [['material-master'], 'erp', 'traceability', 'one-way', 'phase-1', true],
      [['inspection-result'], 'qms', 'traceability', 'two-way', 'phase-2', false],
      [['work-order'], 'erp', 'mes', 'one-way', 'phase-1', true],
      [['advance-shipping-notice'], 'supplier', 'traceability', 'one-way', 'phase-3', false],
      [['shipment'], 'traceability', 'customer', 'one-way', 'phase-3', false],
    ]);
    expect(next.audit.handoffs.map((h) => [h.handoff, h.status])).toEqual([['flows', 'accepted']]);
  });

  it('adds nothing new when applied twice', () => {
    const ctx = context();
    const doc = auditDoc(answers);
    const once = applyFlowSeeds(doc, flowSeeds(doc), ctx);
    const twice = applyPure(once, (d) => applyFlowSeeds(d, flowSeeds(d), ctx));
    expect(twice.flows).toEqual(once.flows);
    expect(twice.audit.handoffs).toEqual(once.audit.handoffs);
  });

  it('reuses a system of the same kind that is already drawn', () => {
    const doc = auditDoc(answers);
    const withErp: ProjectDocument = {
      ...doc,
      flows: {
        ...doc.flows,
        systems: [
          {
            id: 'sys-sap',
            kind: 'erp',
            name: 'SAP S/4HANA',
            product: '',
            owner: 'it',
            isOutOfScope: false,
            outOfScopeReason: '',
            location: '',
            lane: 'internal',
            position: { x: 5, y: 5 },
          },
        ],
      },
    };
    const next = applyPure(withErp, (d) => applyFlowSeeds(d, flowSeeds(d), context()));
    expect(next.flows.systems.filter((s) => s.kind === 'erp')).toEqual(withErp.flows.systems);
    const fromErp = next.flows.flows.filter((f) => f.sourceId === 'sys-sap');
    expect(fromErp.map((f) => f.objects[0])).toEqual(['material-master', 'work-order']);
  });

  it('leaves phases empty when the plan has none, and names systems in the project language', () => {
    const doc = auditDoc(answers, { language: 'zh-CN' });
    const noPhases = { ...doc, rollout: { ...doc.rollout, phases: [] } };
    const next = applyPure(noPhases, (d) => applyFlowSeeds(d, flowSeeds(d), context('zh-CN')));
    expect(next.flows.flows.every((f) => f.phaseId === null)).toBe(true);
    expect(next.flows.systems.map((s) => s.name)).toContain('追溯平台');
  });

  it('keeps the worked example valid and is idempotent on it', () => {
    const ctx = context();
    const once = applyPure(exampleDocument(), (d) => applyFlowSeeds(d, flowSeeds(d), ctx));
    expect(once.flows.systems.length).toBeGreaterThanOrEqual(
      exampleDocument().flows.systems.length,
    );
    const twice = applyFlowSeeds(once, flowSeeds(once), ctx);
    expect(twice.flows).toEqual(once.flows);
  });
});

describe('applyRolloutSeeds', () => {
  const doc = auditDoc({
    'systems.batch-managed': 62,
    'systems.duplicate-codes': 4.5,
    'gov.training-roles': ['warehouse-clerks', 'qc-inspectors'],
  });
  const seeds = rolloutSeeds(doc, loadQuestionnaire('en'));

  it('adds cleansing tasks and trainings to the first phase', () => {
    const next = applyPure(doc, (d) => applyRolloutSeeds(d, seeds, context()));
    expect(
      next.rollout.tasks.map((t) => [t.phaseId, t.durationDays, t.name.includes('%')]),
    ).toEqual([
      ['phase-1', 10, true],
      ['phase-1', 10, true],
    ]);
    expect(next.rollout.tasks.map((t) => t.name)).toEqual(seeds.tasks.map((t) => t.name));
    expect(next.rollout.trainings.map((t) => [t.audience, t.phaseId])).toEqual([
      ['Warehouse clerks', 'phase-1'],
      ['QC inspectors', 'phase-1'],
    ]);
    expect(next.audit.handoffs.map((h) => [h.handoff, h.status])).toEqual([
      ['rollout', 'accepted'],
    ]);
  });

  it('skips tasks and trainings already planned when applied again', () => {
    const ctx = context();
    const once = applyRolloutSeeds(doc, seeds, ctx);
    const twice = applyPure(once, (d) => applyRolloutSeeds(d, seeds, ctx));
    expect(twice.rollout).toEqual(once.rollout);
    expect(twice.audit.handoffs).toEqual(once.audit.handoffs);
  });

  it('leaves them unphased when the plan has no phase', () => {
    const noPhases = { ...doc, rollout: { ...doc.rollout, phases: [] } };
    const next = applyPure(noPhases, (d) => applyRolloutSeeds(d, seeds, context()));
    expect([...next.rollout.tasks, ...next.rollout.trainings].map((t) => t.phaseId)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('applyPreset', () => {
  const food = presetFor('food', 'en')!;
  const regulation = ['recall', 'customer-audit', 'gb-t-37029', 'fsma-204'];
  const valueOf = (doc: ProjectDocument, id: string) =>
    doc.audit.answers.find((a) => a.questionId === id);

  it('fills unanswered questions with the preset’s defaults', () => {
    const next = applyPure(auditDoc({}), (d) => applyPreset(d, food, sequentialIds('p')));
    expect(next.audit.answers.map((a) => [a.questionId, a.status, a.value])).toEqual([
      ['goal.granularity', 'answered', 'lot'],
      ['goal.regulation', 'answered', regulation],
      ['goal.target-hours', 'answered', 24], // FSMA 204: records within 24 hours
    ]);
  });

  it.each([
    ['an answer', 'serial', 'answered', 'serial'],
    ['“don’t know”', unknown, 'unknown', null],
    ['“not applicable”', na, 'na', null],
  ] as const)('never overwrites %s', (_name, given, status, value) => {
    const doc = auditDoc({ 'goal.granularity': given });
    const next = applyPure(doc, (d) => applyPreset(d, food, sequentialIds('p')));
    expect(valueOf(next, 'goal.granularity')).toEqual(valueOf(doc, 'goal.granularity'));
    expect(valueOf(next, 'goal.granularity')).toMatchObject({ status, value });
    expect(valueOf(next, 'goal.regulation')?.value).toEqual(regulation);
  });

  it('fills a cleared answer (no value, empty selection), keeping its id', () => {
    const doc = auditDoc({ 'goal.granularity': null, 'goal.regulation': [] });
    const next = applyPure(doc, (d) => applyPreset(d, food, sequentialIds('p')));
    expect(valueOf(next, 'goal.granularity')).toMatchObject({ id: 'ans-1', value: 'lot' });
    expect(valueOf(next, 'goal.regulation')).toMatchObject({ id: 'ans-2', value: regulation });
  });

  it('applies every preset to the blank template as a valid document', () => {
    for (const preset of loadPresets('en')) {
      const next = applyPure(auditDoc({}), (d) => applyPreset(d, preset, sequentialIds('p')));
      for (const [id, value] of Object.entries(preset.defaultAnswers)) {
        expect(valueOf(next, id)?.value, `${preset.industry} ${id}`).toEqual(value);
      }
    }
  });
});

describe('recordHandoff', () => {
  it('keeps one decision per hand-off; the latest replaces the earlier one', () => {
    const ctx = context();
    const accepted = recordHandoff(auditDoc({}), 'flows', 'accepted', ctx);
    const dismissed = applyPure(accepted, (d) =>
      recordHandoff(d, 'flows', 'dismissed', { ...ctx, now: '2027-04-01T00:00:00.000Z' }),
    );
    expect(dismissed.audit.handoffs).toEqual([
      { id: 'new-1', handoff: 'flows', status: 'dismissed', decidedAt: '2027-04-01T00:00:00.000Z' },
    ]);
  });
});
