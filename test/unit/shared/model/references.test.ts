import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../../../shared/model/references.ts';
import type { ProjectDocument } from '../../../../shared/model/schema.ts';
import { projectTemplates, loadTemplateDocument } from '../../../../shared/templates/catalog.ts';
import { exampleDocument, hasCjk, withValueAt } from '../fixtures.ts';

const GHOST = 'ghost-id';

/** The example with one reference pointed at an id nothing declares. */
const broken = (pointer: string, value: unknown = GHOST): ProjectDocument =>
  withValueAt(exampleDocument(), pointer, value);

const pointersOf = (doc: ProjectDocument) => checkReferences(doc).map((e) => e.pointer);

describe('checkReferences on valid documents', () => {
  const cases = projectTemplates.flatMap((t) =>
    (['en', 'zh-CN'] as const).map((language) => ({ id: t.id, t, language })),
  );
  it.each(cases)('finds nothing wrong in template $id ($language)', ({ t, language }) => {
    expect(checkReferences(loadTemplateDocument(t, language))).toEqual([]);
  });

  it.each([
    '/decision/candidates/0/vendorId',
    '/flows/flows/0/phaseId',
    '/rollout/tasks/0/phaseId',
    '/rollout/risks/0/ownerId',
    '/rollout/trainings/0/phaseId',
  ])('accepts null at the optional reference %s', (pointer) => {
    expect(pointersOf(broken(pointer, null))).toEqual([]);
  });

  it('accepts a score whose subject is a vendor', () => {
    expect(pointersOf(broken('/decision/scores/0/subjectId', 'vendor-tracepro'))).toEqual([]);
  });

  it('accepts a flow object that names a custom object of the project', () => {
    const doc = broken('/flows/flows/0/objects/0', 'obj-pallet-label');
    const withObject: ProjectDocument = {
      ...doc,
      flows: {
        ...doc.flows,
        customObjects: [{ id: 'obj-pallet-label', name: 'Pallet label', fields: [] }],
      },
    };
    expect(pointersOf(doc)).toEqual(['/flows/flows/0/objects/0']);
    expect(pointersOf(withObject)).toEqual([]);
  });

  it('accepts a criteria tree several levels deep', () => {
    let doc = broken('/decision/criteria/1/parentId', 'crit-initial-cost');
    doc = withValueAt(doc, '/decision/criteria/2/parentId', 'crit-maintenance-cost');
    doc = withValueAt(doc, '/decision/criteria/3/parentId', 'crit-maintenance-cost');
    expect(checkReferences(doc)).toEqual([]);
  });
});

describe('checkReferences finds each dangling reference exactly once, where it is', () => {
  const rows: { what: string; pointer: string; value?: string }[] = [
    { what: 'flow source', pointer: '/flows/flows/0/sourceId' },
    { what: 'flow target', pointer: '/flows/flows/10/targetId' },
    { what: 'flow phase', pointer: '/flows/flows/7/phaseId' },
    { what: 'flow data object', pointer: '/flows/flows/0/objects/1', value: 'pallet-label' },
    { what: 'score rater', pointer: '/decision/scores/0/raterId' },
    { what: 'score subject', pointer: '/decision/scores/79/subjectId' },
    {
      what: 'score subject that is a rater',
      pointer: '/decision/scores/3/subjectId',
      value: 'rater-it',
    },
    { what: 'score criterion', pointer: '/decision/scores/5/criterionId' },
    { what: 'weight rater', pointer: '/decision/weights/0/raterId' },
    { what: 'weight criterion', pointer: '/decision/weights/19/criterionId' },
    { what: 'judgement rater', pointer: '/decision/judgements/0/raterId' },
    { what: 'judgement row', pointer: '/decision/judgements/1/rowId' },
    { what: 'judgement column', pointer: '/decision/judgements/9/colId' },
    { what: 'cost candidate', pointer: '/decision/costs/14/candidateId' },
    {
      what: 'cost candidate that is a vendor',
      pointer: '/decision/costs/0/candidateId',
      value: 'vendor-linkhub',
    },
    { what: 'task phase', pointer: '/rollout/tasks/11/phaseId' },
    { what: 'task predecessor', pointer: '/rollout/tasks/2/predecessors/0/taskId' },
    { what: 'task RACI member', pointer: '/rollout/tasks/4/raci/1/memberId' },
    { what: 'risk owner', pointer: '/rollout/risks/2/ownerId' },
    { what: 'training phase', pointer: '/rollout/trainings/1/phaseId' },
    { what: 'criterion parent', pointer: '/decision/criteria/4/parentId' },
    { what: 'candidate vendor', pointer: '/decision/candidates/1/vendorId' },
  ];

  it.each(rows)('$what at $pointer', ({ pointer, value = GHOST }) => {
    const errors = checkReferences(broken(pointer, value));
    expect(errors.map((e) => e.pointer)).toEqual([pointer]);
    const [error] = errors;
    expect(error?.message.en).toContain(`"${value}"`);
    expect(error?.message['zh-CN']).toContain(`"${value}"`);
    expect(hasCjk(error?.message['zh-CN'] ?? '')).toBe(true);
  });

  it('reports two broken references in document order', () => {
    const doc = withValueAt(broken('/rollout/risks/0/ownerId'), '/flows/flows/1/sourceId', GHOST);
    expect(pointersOf(doc)).toEqual(['/flows/flows/1/sourceId', '/rollout/risks/0/ownerId']);
  });

  it('does not accept a catalogue key that differs only in case', () => {
    expect(pointersOf(broken('/flows/flows/0/objects/0', 'Material-Master'))).toEqual([
      '/flows/flows/0/objects/0',
    ]);
  });
});

describe('checkReferences: duplicate ids', () => {
  it('reports a duplicate across sections at the second occurrence, naming the first', () => {
    const errors = checkReferences(broken('/flows/notes/0/id', 'cand-saas'));
    expect(errors.map((e) => e.pointer)).toEqual(['/flows/notes/0/id']);
    expect(errors[0]?.message.en).toContain('/decision/candidates/0/id');
    expect(errors[0]?.message['zh-CN']).toContain('/decision/candidates/0/id');
  });

  it('reports a duplicate within one list at the later item', () => {
    const doc = exampleDocument();
    const copy = structuredClone(doc.rollout.risks[0]);
    if (!copy) throw new Error('example has risks');
    const withCopy: ProjectDocument = {
      ...doc,
      rollout: { ...doc.rollout, risks: [...doc.rollout.risks, { ...copy, text: 'again' }] },
    };
    expect(pointersOf(withCopy)).toEqual([`/rollout/risks/${doc.rollout.risks.length}/id`]);
  });

  it('reports each further repeat of the same id', () => {
    const doc = exampleDocument();
    const notes = [0, 1, 2].map(() => ({ id: 'note-x', text: '', position: { x: 0, y: 0 } }));
    const withNotes: ProjectDocument = { ...doc, flows: { ...doc.flows, notes } };
    expect(pointersOf(withNotes)).toEqual(['/flows/notes/1/id', '/flows/notes/2/id']);
  });
});

describe('checkReferences: criteria hierarchy cycles', () => {
  it('reports a criterion that is its own parent', () => {
    const errors = checkReferences(
      broken('/decision/criteria/2/parentId', 'crit-implementation-speed'),
    );
    expect(errors.map((e) => e.pointer)).toEqual(['/decision/criteria/2/parentId']);
    expect(errors[0]?.message.en).toMatch(/own ancestor/);
    expect(hasCjk(errors[0]?.message['zh-CN'] ?? '')).toBe(true);
  });

  it('reports both members of a two-criterion cycle', () => {
    let doc = broken('/decision/criteria/0/parentId', 'crit-maintenance-cost');
    doc = withValueAt(doc, '/decision/criteria/1/parentId', 'crit-initial-cost');
    expect(pointersOf(doc)).toEqual([
      '/decision/criteria/0/parentId',
      '/decision/criteria/1/parentId',
    ]);
  });

  it('reports the cycle, not a criterion that merely hangs below it', () => {
    let doc = broken('/decision/criteria/0/parentId', 'crit-maintenance-cost');
    doc = withValueAt(doc, '/decision/criteria/1/parentId', 'crit-implementation-speed');
    doc = withValueAt(doc, '/decision/criteria/2/parentId', 'crit-initial-cost');
    doc = withValueAt(doc, '/decision/criteria/3/parentId', 'crit-initial-cost');
    expect(pointersOf(doc)).toEqual([
      '/decision/criteria/0/parentId',
      '/decision/criteria/1/parentId',
      '/decision/criteria/2/parentId',
    ]);
  });
});
