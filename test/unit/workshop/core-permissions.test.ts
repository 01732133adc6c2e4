import { describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { participantRater } from '../../../shared/workshop/participant-rater.ts';
import {
  checkParticipantChange,
  defaultQuestionDepartment,
} from '../../../shared/workshop/permissions.ts';
import { emptySession, itemKeysOf, type WorkshopRole } from '../../../shared/workshop/session.ts';
import { deepFreeze, exampleDocument } from '../shared/fixtures.ts';

const base = deepFreeze(exampleDocument());
const rater = base.decision.raters[0]!;
const other = base.decision.raters.find((r) => r.id !== rater.id)!;
const me: WorkshopRole = {
  kind: 'participant',
  raterId: rater.id,
  name: rater.name,
  department: rater.department,
};
const myScore = base.decision.scores.find((s) => s.raterId === rater.id)!;
const theirScore = base.decision.scores.find((s) => s.raterId === other.id)!;
const criterion = base.decision.criteria[0]!.id;
const myQuestion = base.audit.answers.find(
  (a) => defaultQuestionDepartment(a.questionId) === rater.department,
);
const otherQuestion = base.audit.answers.find(
  (a) => defaultQuestionDepartment(a.questionId) !== rater.department,
)!;

function changed(edit: (doc: ProjectDocument) => void): ProjectDocument {
  const next = structuredClone<ProjectDocument>(base);
  edit(next);
  return next;
}

const comment = (authorRaterId: string | null) => ({
  id: 'c-1',
  targetKind: 'flow' as const,
  targetId: base.flows.flows[0]!.id,
  authorRaterId,
  authorName: 'x',
  text: 'Why two-way?',
  createdAt: '2027-03-04T05:06:07.000Z',
});

describe('checkParticipantChange', () => {
  const allowed: { name: string; edit: (d: ProjectDocument) => void }[] = [
    { name: 'nothing', edit: () => undefined },
    {
      name: 'their own score',
      edit: (d) => void (d.decision.scores.find((s) => s.id === myScore.id)!.value = 3),
    },
    {
      name: 'a new weight of their own',
      edit: (d) =>
        void d.decision.weights.push({
          id: 'w-new',
          raterId: rater.id,
          criterionId: criterion,
          value: 1,
        }),
    },
    {
      name: 'removing a judgement of their own',
      edit: (d) => {
        d.decision.judgements = d.decision.judgements.filter((j) => j.raterId !== rater.id);
      },
    },
    {
      name: "their own rater's name",
      edit: (d) => void (d.decision.raters[0]!.name = 'New name'),
    },
    { name: 'a comment of their own', edit: (d) => void (d.comments = [comment(rater.id)]) },
    {
      name: 'reordering votes (order carries no meaning there)',
      edit: (d) => void d.decision.scores.reverse(),
    },
  ];
  it.each(allowed)('allows $name', ({ edit }) => {
    expect(checkParticipantChange(base, changed(edit), me)).toEqual([]);
  });

  const refused: { name: string; edit: (d: ProjectDocument) => void; pointer: string }[] = [
    {
      name: "another rater's score",
      edit: (d) => void (d.decision.scores.find((s) => s.id === theirScore.id)!.value = 1),
      pointer: `/decision/scores/${base.decision.scores.indexOf(theirScore)}`,
    },
    {
      name: 'taking over a score (changing its raterId to their own)',
      edit: (d) => void (d.decision.scores.find((s) => s.id === theirScore.id)!.raterId = rater.id),
      pointer: `/decision/scores/${base.decision.scores.indexOf(theirScore)}`,
    },
    {
      name: 'a weight in the name of another rater',
      edit: (d) =>
        void d.decision.weights.push({
          id: 'w-x',
          raterId: other.id,
          criterionId: criterion,
          value: 1,
        }),
      pointer: `/decision/weights/${base.decision.weights.length}`,
    },
    {
      name: "another rater's name",
      edit: (d) => void (d.decision.raters.find((r) => r.id === other.id)!.name = 'x'),
      pointer: '/decision/raters',
    },
    {
      name: "their own rater's department",
      edit: (d) => void (d.decision.raters[0]!.department = 'finance'),
      pointer: '/decision/raters',
    },
    {
      name: 'a new rater',
      edit: (d) => void d.decision.raters.push({ id: 'r-new', name: 'x', department: 'qc' }),
      pointer: '/decision/raters',
    },
    { name: 'the plan', edit: (d) => void (d.rollout.tasks[0]!.name = 'x'), pointer: '/rollout' },
    { name: 'the title', edit: (d) => void (d.meta.title = 'x'), pointer: '/meta' },
    {
      name: 'a criterion',
      edit: (d) => void (d.decision.criteria[0]!.name = 'x'),
      pointer: '/decision/criteria',
    },
    {
      name: 'the weighting method',
      edit: (d) => void (d.decision.weightMethod = 'ahp'),
      pointer: '/decision/weightMethod',
    },
    {
      name: "another department's audit answer",
      edit: (d) => void (d.audit.answers.find((a) => a.id === otherQuestion.id)!.note = 'x'),
      pointer: `/audit/answers/${base.audit.answers.indexOf(otherQuestion)}`,
    },
    {
      name: 'removing an audit answer',
      edit: (d) => void d.audit.answers.pop(),
      pointer: `/audit/answers/${base.audit.answers.length - 1}`,
    },
    {
      name: 'a comment in the name of someone else',
      edit: (d) => void (d.comments = [comment(other.id)]),
      pointer: '/comments/0',
    },
    {
      name: 'a comment as the facilitator',
      edit: (d) => void (d.comments = [comment(null)]),
      pointer: '/comments/0',
    },
  ];
  it.each(refused)('refuses $name', ({ edit, pointer }) => {
    const errors = checkParticipantChange(base, changed(edit), me);
    expect(errors.map((e) => e.pointer)).toContain(pointer);
    for (const e of errors) expect(e.message['zh-CN'].length).toBeGreaterThan(0);
  });

  it('lets a participant answer a question of their department, and refuses it when locked', () => {
    if (!myQuestion)
      return expect.fail('the example has no answer of the first rater’s department');
    const next = changed(
      (d) => void (d.audit.answers.find((a) => a.id === myQuestion.id)!.note = 'ok'),
    );
    expect(checkParticipantChange(base, next, me)).toEqual([]);
    const session = { ...emptySession(), locked: [myQuestion.questionId] };
    expect(checkParticipantChange(base, next, me, { session })).toHaveLength(1);
  });

  it('refuses a participant’s vote on a locked item, by any of the item’s keys', () => {
    const next = changed(
      (d) => void (d.decision.scores.find((s) => s.id === myScore.id)!.value = 3),
    );
    for (const key of itemKeysOf('score', myScore)) {
      const session = { ...emptySession(), locked: [key] };
      expect(checkParticipantChange(base, next, me, { session })).toHaveLength(1);
    }
    const unrelated = { ...emptySession(), locked: ['some-other-item'] };
    expect(checkParticipantChange(base, next, me, { session: unrelated })).toEqual([]);
  });

  it('lets the facilitator change anything', () => {
    const next = changed((d) => {
      d.meta.title = 'x';
      d.decision.scores = [];
      d.rollout.tasks = [];
    });
    expect(checkParticipantChange(base, next, { kind: 'facilitator' })).toEqual([]);
  });
});

describe('participantRater', () => {
  it('re-uses a rater by name (case and spacing ignored) and department', () => {
    const result = participantRater(base, `  ${rater.name.toUpperCase()} `, rater.department);
    expect(result).toEqual({ raterId: rater.id, document: base });
  });

  it('appends a new rater otherwise, leaving the document it was given untouched', () => {
    const result = participantRater(base, 'Li  Na', 'warehouse', () => 'r-new');
    expect(result?.raterId).toBe('r-new');
    expect(result?.document.decision.raters.at(-1)).toEqual({
      id: 'r-new',
      name: 'Li Na',
      department: 'warehouse',
    });
    expect(base.decision.raters.some((r) => r.id === 'r-new')).toBe(false);
  });

  it('gives no rater when the document has the most raters allowed', () => {
    const full = structuredClone<ProjectDocument>(base);
    full.decision.raters = Array.from({ length: 100 }, (_, i) => ({
      id: `r-${i}`,
      name: `R ${i}`,
      department: 'it' as const,
    }));
    expect(participantRater(full, 'One more', 'qc')).toBeNull();
  });
});
