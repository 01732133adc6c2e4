import { describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../../../shared/model/schema.ts';
import { documentSummary, projectProgress } from '../../../../shared/overview/progress.ts';
import { blankDocument, exampleDocument, hasCjk } from '../fixtures.ts';

/** The checklist as `{ itemId: isDone }`. */
const done = (doc: ProjectDocument) =>
  Object.fromEntries(projectProgress(doc).map((item) => [item.id, item.isDone]));

const item = (doc: ProjectDocument, id: string) => {
  const found = projectProgress(doc).find((i) => i.id === id);
  if (!found) throw new Error(`No progress item ${id}`);
  return found;
};

describe('projectProgress', () => {
  it('lists every item once, each labelled in both languages', () => {
    const items = projectProgress(blankDocument());
    expect(items.map((i) => i.id)).toEqual([
      'audit-answered',
      'options-candidates',
      'options-raters',
      'options-scored',
      'flows-drawn',
      'flows-supply-chain',
      'rollout-team',
      'rollout-phases',
      'rollout-training',
    ]);
    for (const i of items) {
      expect(i.label.en.trim()).not.toBe('');
      expect(hasCjk(i.label['zh-CN'])).toBe(true);
    }
  });

  it.each(['en', 'zh-CN'] as const)('on the blank template (%s)', (language) => {
    expect(done(blankDocument(language))).toEqual({
      'audit-answered': false,
      'options-candidates': true,
      'options-raters': false,
      'options-scored': false,
      'flows-drawn': false,
      'flows-supply-chain': false,
      'rollout-team': false,
      'rollout-phases': true,
      'rollout-training': false,
    });
  });

  it.each(['en', 'zh-CN'] as const)('on the worked example (%s)', (language) => {
    expect(done(exampleDocument(language))).toEqual({
      'audit-answered': true,
      'options-candidates': true,
      'options-raters': true,
      'options-scored': true,
      'flows-drawn': true,
      'flows-supply-chain': true,
      'rollout-team': true,
      'rollout-phases': true,
      'rollout-training': true,
    });
  });

  it('counts scored cells in the label: 0/15 on the blank template, 15/15 on the example', () => {
    expect(item(blankDocument(), 'options-scored').label.en).toContain('(0/15)');
    expect(item(exampleDocument(), 'options-scored').label.en).toContain('(15/15)');
    expect(item(exampleDocument(), 'options-scored').label['zh-CN']).toContain('（15/15）');
  });
});

describe('projectProgress on edited examples', () => {
  const example = exampleDocument();
  const d = example.decision;
  const r = example.rollout;
  const f = example.flows;
  const rows: { name: string; id: string; isDone: boolean; doc: ProjectDocument }[] = [
    {
      name: 'removing the sponsor',
      id: 'rollout-team',
      isDone: false,
      doc: { ...example, rollout: { ...r, team: r.team.filter((m) => m.role !== 'sponsor') } },
    },
    {
      name: 'a sponsor with IT only',
      id: 'rollout-team',
      isDone: false,
      doc: {
        ...example,
        rollout: {
          ...r,
          team: [
            {
              id: 'm1',
              name: 'A',
              department: 'it',
              role: 'sponsor',
              availability: 1,
              contact: '',
            },
            { id: 'm2', name: 'B', department: 'it', role: 'member', availability: 1, contact: '' },
            {
              id: 'm3',
              name: 'C',
              department: 'management',
              role: 'member',
              availability: 1,
              contact: '',
            },
          ],
        },
      },
    },
    {
      name: 'a sponsor plus two non-IT departments',
      id: 'rollout-team',
      isDone: true,
      doc: {
        ...example,
        rollout: {
          ...r,
          team: [
            {
              id: 'm1',
              name: 'A',
              department: 'management',
              role: 'sponsor',
              availability: 1,
              contact: '',
            },
            { id: 'm2', name: 'B', department: 'qc', role: 'member', availability: 1, contact: '' },
          ],
        },
      },
    },
    {
      name: 'one candidate',
      id: 'options-candidates',
      isDone: false,
      doc: { ...example, decision: { ...d, candidates: d.candidates.slice(0, 1) } },
    },
    {
      name: 'one candidate that is fully scored',
      id: 'options-scored',
      isDone: true,
      doc: { ...example, decision: { ...d, candidates: d.candidates.slice(0, 1) } },
    },
    {
      name: 'no candidates',
      id: 'options-scored',
      isDone: false,
      doc: { ...example, decision: { ...d, candidates: [] } },
    },
    {
      name: 'no option criteria',
      id: 'options-scored',
      isDone: false,
      doc: {
        ...example,
        decision: { ...d, criteria: d.criteria.filter((c) => c.scope === 'vendor') },
      },
    },
    {
      name: 'one score cleared to null by every rater',
      id: 'options-scored',
      isDone: false,
      doc: {
        ...example,
        decision: {
          ...d,
          scores: d.scores.map((s) =>
            s.subjectId === 'cand-ipaas' && s.criterionId === 'crit-scalability'
              ? { ...s, value: null }
              : s,
          ),
        },
      },
    },
    {
      name: 'only vendor scores',
      id: 'options-scored',
      isDone: false,
      doc: {
        ...example,
        decision: { ...d, scores: d.scores.filter((s) => s.subjectId.startsWith('vendor-')) },
      },
    },
    {
      name: 'raters all from one department',
      id: 'options-raters',
      isDone: false,
      doc: {
        ...example,
        decision: { ...d, raters: d.raters.map((x) => ({ ...x, department: 'qc' as const })) },
      },
    },
    {
      name: 'only "don\'t know" answers',
      id: 'audit-answered',
      isDone: false,
      doc: {
        ...example,
        audit: {
          ...example.audit,
          answers: [
            {
              id: 'a1',
              questionId: 'q1',
              status: 'unknown',
              value: null,
              note: '',
              evidence: '',
              department: null,
              count: null,
              total: null,
            },
          ],
        },
      },
    },
    {
      name: 'one "n/a" answer',
      id: 'audit-answered',
      isDone: true,
      doc: {
        ...example,
        audit: {
          ...example.audit,
          answers: [
            {
              id: 'a1',
              questionId: 'q1',
              status: 'na',
              value: null,
              note: '',
              evidence: '',
              department: null,
              count: null,
              total: null,
            },
          ],
        },
      },
    },
    {
      name: 'no core flow',
      id: 'flows-drawn',
      isDone: false,
      doc: { ...example, flows: { ...f, flows: f.flows.map((x) => ({ ...x, isCore: false })) } },
    },
    {
      name: 'no downstream flow',
      id: 'flows-supply-chain',
      isDone: false,
      doc: {
        ...example,
        flows: {
          ...f,
          flows: f.flows.filter(
            (x) => x.sourceId !== 'sys-customer' && x.targetId !== 'sys-customer',
          ),
        },
      },
    },
    {
      name: 'upstream systems with no flow',
      id: 'flows-supply-chain',
      isDone: false,
      doc: {
        ...example,
        flows: { ...f, flows: f.flows.filter((x) => x.id !== 'flow-supplier-asn') },
      },
    },
    {
      name: 'a phase without gates',
      id: 'rollout-phases',
      isDone: false,
      doc: {
        ...example,
        rollout: { ...r, phases: r.phases.map((p, i) => (i === 2 ? { ...p, gates: [] } : p)) },
      },
    },
    {
      name: 'a single phase',
      id: 'rollout-phases',
      isDone: false,
      doc: { ...example, rollout: { ...r, phases: r.phases.slice(0, 1) } },
    },
    {
      name: 'no trainings',
      id: 'rollout-training',
      isDone: false,
      doc: { ...example, rollout: { ...r, trainings: [] } },
    },
  ];

  it.each(rows)('$name → $id is $isDone', ({ doc, id, isDone }) => {
    expect(item(doc, id).isDone).toBe(isDone);
  });
});

describe('documentSummary', () => {
  it('counts the worked example', () => {
    expect(documentSummary(exampleDocument())).toEqual({
      answers: 36,
      candidates: 3,
      criteria: 9,
      vendors: 5,
      raters: 4,
      scores: 80,
      systems: 8,
      flows: 11,
      phases: 3,
      tasks: 56,
      team: 7,
      risks: 6,
    });
  });

  it('counts the blank template', () => {
    expect(documentSummary(blankDocument('zh-CN'))).toMatchObject({
      candidates: 3,
      criteria: 9,
      vendors: 0,
      raters: 0,
      systems: 0,
      flows: 0,
      phases: 3,
      tasks: 0,
    });
  });
});
