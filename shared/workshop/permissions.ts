import { loadQuestionnaire } from '../audit/catalog.ts';
import { allQuestions } from '../audit/questionnaire.ts';
import { localized, type Localized } from '../i18n/localized.ts';
import { toPointer, type LocatedError } from '../model/located-error.ts';
import type { Department, ProjectDocument } from '../model/schema.ts';
import { isJsonRecord, jsonEqual } from './json-equal.ts';
import { itemKeysOf, type WorkshopRole, type WorkshopSession } from './session.ts';

/**
 * What a workshop participant may change (issue 13, "participants"): only their own rater's
 * entries — weights, AHP judgements, scores, their rater's name — the self-audit answers of their
 * department, and comments they author. Nothing of an item the facilitator locked. The
 * facilitator may change anything. The server applies this to every incoming update.
 */

export type PermissionContext = {
  /** The facilitation state: votes of a locked item may not change. */
  session?: WorkshopSession;
  /** The department that owns a question; default: the shipped questionnaire's. */
  questionDepartment?: (questionId: string) => Department | undefined;
};

let questionnaireDepartments: Map<string, Department> | undefined;

/** The shipped questionnaire's owner department of each question (ids are the same in both languages). */
export function defaultQuestionDepartment(questionId: string): Department | undefined {
  questionnaireDepartments ??= new Map(
    allQuestions(loadQuestionnaire('en')).map((q) => [q.id, q.department]),
  );
  return questionnaireDepartments.get(questionId);
}

type Entity = Record<string, unknown> & { id: string };

const violation = (path: (string | number)[], message: Localized): LocatedError => ({
  pointer: toPointer(path),
  message,
});

const notYours = localized(
  'participants may change only their own entries',
  '参与者只能修改自己的条目',
);

/**
 * The violations of a participant's change from `before` to `after` (empty: allowed). Pointers
 * locate the offending part of `after` (or of `before` for a removal).
 *
 * @example
 * checkParticipantChange(doc, { ...doc, meta: { ...doc.meta, title: 'x' } }, participant)
 * // → [{ pointer: '/meta', message: … }]
 */
export function checkParticipantChange(
  before: ProjectDocument,
  after: ProjectDocument,
  role: WorkshopRole,
  context: PermissionContext = {},
): LocatedError[] {
  if (role.kind === 'facilitator') return [];
  const errors: LocatedError[] = [];
  const locked = new Set(context.session?.locked ?? []);
  const isLocked = (keys: string[]) => keys.some((k) => locked.has(k));
  const lockedMessage = localized('the facilitator has locked this item', '主持人已锁定此项');

  // Everything outside the participant's collections must stay exactly as it was.
  const open = {
    audit: ['answers'],
    decision: ['raters', 'weights', 'judgements', 'scores'],
  } as const;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (key === 'comments') continue;
    const a: unknown = before[key as keyof ProjectDocument];
    const b: unknown = after[key as keyof ProjectDocument];
    const openKeys: readonly string[] = open[key as keyof typeof open] ?? [];
    if (openKeys.length > 0 && isJsonRecord(a) && isJsonRecord(b)) {
      for (const sub of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (!openKeys.includes(sub) && !jsonEqual(a[sub], b[sub])) {
          errors.push(violation([key, sub], notYours));
        }
      }
    } else if (!jsonEqual(a, b)) errors.push(violation([key], notYours));
  }

  // Raters: the same raters; only the participant's own name may change.
  const ownRaterOnly = (raters: ProjectDocument['decision']['raters']) =>
    raters.map((r) => (r.id === role.raterId ? { ...r, name: '' } : r));
  if (!jsonEqual(ownRaterOnly(before.decision.raters), ownRaterOnly(after.decision.raters))) {
    errors.push(violation(['decision', 'raters'], notYours));
  }

  // Weights, judgements, scores: every added, changed or removed one is the participant's own.
  const votes = [
    ['weights', 'weight'],
    ['judgements', 'judgement'],
    ['scores', 'score'],
  ] as const;
  for (const [collection, kind] of votes) {
    for (const change of changedEntities(before.decision[collection], after.decision[collection])) {
      const path = ['decision', collection, change.index];
      const versions = [change.before, change.after].filter((e) => e !== undefined);
      if (versions.some((e) => e.raterId !== role.raterId)) errors.push(violation(path, notYours));
      else if (versions.some((e) => isLocked(itemKeysOf(kind, e)))) {
        errors.push(violation(path, lockedMessage));
      }
    }
  }

  // Audit answers of the participant's department: added or changed, never removed.
  const departmentOf = context.questionDepartment ?? defaultQuestionDepartment;
  for (const change of changedEntities(before.audit.answers, after.audit.answers)) {
    const path = ['audit', 'answers', change.index];
    const answer = change.after;
    const isOwn =
      answer !== undefined &&
      departmentOf(String(answer.questionId)) === role.department &&
      (answer.department === null || answer.department === role.department) &&
      (change.before === undefined || change.before.questionId === answer.questionId);
    if (!isOwn) {
      errors.push(
        violation(
          path,
          localized(
            'participants may answer only their own department’s questions',
            '参与者只能回答本部门的问题',
          ),
        ),
      );
    } else if (isLocked(itemKeysOf('answer', answer))) errors.push(violation(path, lockedMessage));
  }

  // Comments: only added, authored by the participant.
  for (const change of changedEntities(before.comments ?? [], after.comments ?? [])) {
    const path = ['comments', change.index];
    const comment = change.after;
    if (change.before !== undefined || comment?.authorRaterId !== role.raterId) {
      errors.push(violation(path, notYours));
    } else if (isLocked(itemKeysOf('comment', comment))) {
      errors.push(violation(path, lockedMessage));
    }
  }
  return errors;
}

type EntityChange = { index: number; before?: Entity; after?: Entity };

/** Entities added, removed or changed between two collections, matched by id (order ignored). */
function changedEntities(before: readonly Entity[], after: readonly Entity[]): EntityChange[] {
  const previous = new Map(before.map((e, index) => [e.id, { e, index }]));
  const changes: EntityChange[] = [];
  after.forEach((entity, index) => {
    const old = previous.get(entity.id);
    previous.delete(entity.id);
    if (!old) changes.push({ index, after: entity });
    else if (!jsonEqual(old.e, entity)) changes.push({ index, before: old.e, after: entity });
  });
  for (const { e, index } of previous.values()) changes.push({ index, before: e });
  return changes;
}
