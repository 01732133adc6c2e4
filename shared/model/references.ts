import { isCatalogueObject } from '../flows/data-objects.ts';
import { localized } from '../i18n/localized.ts';
import { LIMITS } from './limits.ts';
import { toPointer, type LocatedError } from './located-error.ts';
import type { ProjectDocument } from './schema.ts';

type Path = readonly (string | number)[];

/**
 * Referential integrity of a schema-valid document: every id is unique, and every reference
 * (flow → system, score → rater, task → predecessor, criterion → parent…) points at an entity
 * that exists. The schema alone cannot say this; a file that fails here is refused like one
 * that fails the schema, with the field that holds the dangling reference.
 */
export function checkReferences(doc: ProjectDocument): LocatedError[] {
  const errors: LocatedError[] = [];
  const seen = new Map<string, string>();

  const declare = (id: string, path: Path) => {
    const pointer = toPointer(path);
    const first = seen.get(id);
    if (first !== undefined) {
      errors.push({
        pointer,
        message: localized(
          `Duplicate id "${id}" (first used at ${first}); every entity needs its own id.`,
          `重复的 id "${id}"（首次出现在 ${first}）；每个条目都需要唯一的 id。`,
        ),
      });
    } else {
      seen.set(id, pointer);
    }
  };

  for (const [section, list, items] of entityLists(doc)) {
    items.forEach((item, i) => declare(item.id, [section, list, i, 'id']));
  }

  const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
  const d = doc.decision;
  const criteria = ids(d.criteria);
  const raters = ids(d.raters);
  const candidates = ids(d.candidates);
  const vendors = ids(d.vendors);
  const systems = ids(doc.flows.systems);
  const phases = ids(doc.rollout.phases);
  const tasks = ids(doc.rollout.tasks);
  const members = ids(doc.rollout.team);
  const customObjects = ids(doc.flows.customObjects);

  const expect = (
    id: string | null,
    pool: ReadonlySet<string>,
    path: Path,
    what: { en: string; zh: string },
  ) => {
    if (id === null || pool.has(id)) return;
    errors.push({
      pointer: toPointer(path),
      message: localized(
        `"${id}" does not name any ${what.en} in this project.`,
        `"${id}" 不是本项目中的任何${what.zh}。`,
      ),
    });
  };
  const CRITERION = { en: 'criterion', zh: '评估维度' };
  const RATER = { en: 'rater', zh: '评分人' };
  const CANDIDATE = { en: 'candidate', zh: '候选方案' };
  const VENDOR = { en: 'vendor', zh: '供应商' };
  const SYSTEM = { en: 'system', zh: '系统' };
  const PHASE = { en: 'phase', zh: '阶段' };
  const TASK = { en: 'task', zh: '任务' };
  const MEMBER = { en: 'team member', zh: '团队成员' };
  const OBJECT = { en: 'data object (catalogue or custom)', zh: '数据对象（目录或自定义）' };
  const SUBJECT = { en: 'candidate or vendor', zh: '候选方案或供应商' };

  const tree = criteriaTreeFacts(d.criteria);
  d.criteria.forEach((c, i) => {
    expect(c.parentId, criteria, ['decision', 'criteria', i, 'parentId'], CRITERION);
    if (c.parentId !== null && tree.onCycle.has(c.id)) {
      errors.push({
        pointer: toPointer(['decision', 'criteria', i, 'parentId']),
        message: localized(
          `Criterion "${c.id}" is its own ancestor; a criteria hierarchy must be a tree.`,
          `评估维度 "${c.id}" 成为了自己的上级；维度层级必须是树结构。`,
        ),
      });
    } else if (tree.depth.get(c.id) === LIMITS.criteriaDepth + 1) {
      errors.push({
        pointer: toPointer(['decision', 'criteria', i, 'parentId']),
        message: localized(
          `Criterion "${c.id}" is on level ${LIMITS.criteriaDepth + 1}; a criteria tree has at most ${LIMITS.criteriaDepth} levels.`,
          `评估维度 "${c.id}" 位于第 ${LIMITS.criteriaDepth + 1} 层；维度层级最多 ${LIMITS.criteriaDepth} 层。`,
        ),
      });
    }
  });
  for (const [parentId, index] of tree.overfullAt) {
    const where = parentId === null ? 'main criteria' : `children of "${parentId}"`;
    const whereZh = parentId === null ? '一级评估维度' : `"${parentId}" 的子维度`;
    errors.push({
      pointer: toPointer(['decision', 'criteria', index, 'parentId']),
      message: localized(
        `More than ${LIMITS.criteriaPerParent} ${where}; group them under fewer parents.`,
        `${whereZh}超过 ${LIMITS.criteriaPerParent} 个；请把它们归入更少的上级维度。`,
      ),
    });
  }
  d.candidates.forEach((c, i) =>
    expect(c.vendorId, vendors, ['decision', 'candidates', i, 'vendorId'], VENDOR),
  );
  d.weights.forEach((w, i) => {
    expect(w.raterId, raters, ['decision', 'weights', i, 'raterId'], RATER);
    expect(w.criterionId, criteria, ['decision', 'weights', i, 'criterionId'], CRITERION);
  });
  d.judgements.forEach((j, i) => {
    expect(j.raterId, raters, ['decision', 'judgements', i, 'raterId'], RATER);
    expect(j.rowId, criteria, ['decision', 'judgements', i, 'rowId'], CRITERION);
    expect(j.colId, criteria, ['decision', 'judgements', i, 'colId'], CRITERION);
  });
  const subjects = new Set([...candidates, ...vendors]);
  d.scores.forEach((s, i) => {
    expect(s.raterId, raters, ['decision', 'scores', i, 'raterId'], RATER);
    expect(s.subjectId, subjects, ['decision', 'scores', i, 'subjectId'], SUBJECT);
    expect(s.criterionId, criteria, ['decision', 'scores', i, 'criterionId'], CRITERION);
  });
  d.costs.forEach((c, i) =>
    expect(c.candidateId, candidates, ['decision', 'costs', i, 'candidateId'], CANDIDATE),
  );

  doc.flows.flows.forEach((f, i) => {
    expect(f.sourceId, systems, ['flows', 'flows', i, 'sourceId'], SYSTEM);
    expect(f.targetId, systems, ['flows', 'flows', i, 'targetId'], SYSTEM);
    expect(f.phaseId, phases, ['flows', 'flows', i, 'phaseId'], PHASE);
    f.objects.forEach((key, k) => {
      if (!isCatalogueObject(key))
        expect(key, customObjects, ['flows', 'flows', i, 'objects', k], OBJECT);
    });
  });

  const r = doc.rollout;
  r.tasks.forEach((t, i) => {
    expect(t.phaseId, phases, ['rollout', 'tasks', i, 'phaseId'], PHASE);
    t.predecessors.forEach((p, k) =>
      expect(p.taskId, tasks, ['rollout', 'tasks', i, 'predecessors', k, 'taskId'], TASK),
    );
    t.raci.forEach((a, k) =>
      expect(a.memberId, members, ['rollout', 'tasks', i, 'raci', k, 'memberId'], MEMBER),
    );
  });
  r.risks.forEach((risk, i) =>
    expect(risk.ownerId, members, ['rollout', 'risks', i, 'ownerId'], MEMBER),
  );
  r.trainings.forEach((t, i) =>
    expect(t.phaseId, phases, ['rollout', 'trainings', i, 'phaseId'], PHASE),
  );
  return errors;
}

/**
 * Every list of identified entities in the document, with its section and key: the ids of all
 * of them together must be unique (a rater may not share its id with a system). Imports that
 * bring in entities of one section use it to find the ids the rest of the project holds.
 */
export function entityLists(doc: ProjectDocument) {
  return [
    ['audit', 'answers', doc.audit.answers],
    ['audit', 'targets', doc.audit.targets],
    ['audit', 'handoffs', doc.audit.handoffs],
    ['decision', 'criteria', doc.decision.criteria],
    ['decision', 'candidates', doc.decision.candidates],
    ['decision', 'vendors', doc.decision.vendors],
    ['decision', 'raters', doc.decision.raters],
    ['decision', 'weights', doc.decision.weights],
    ['decision', 'judgements', doc.decision.judgements],
    ['decision', 'scores', doc.decision.scores],
    ['decision', 'costs', doc.decision.costs],
    ['flows', 'systems', doc.flows.systems],
    ['flows', 'flows', doc.flows.flows],
    ['flows', 'customObjects', doc.flows.customObjects],
    ['flows', 'notes', doc.flows.notes],
    ['rollout', 'team', doc.rollout.team],
    ['rollout', 'phases', doc.rollout.phases],
    ['rollout', 'tasks', doc.rollout.tasks],
    ['rollout', 'risks', doc.rollout.risks],
    ['rollout', 'trainings', doc.rollout.trainings],
  ] as const satisfies readonly (readonly [string, string, readonly { id: string }[]])[];
}

/** What {@link checkReferences} needs to know about the criteria tree, found in linear time. */
type CriteriaTreeFacts = {
  /** Ids whose parent chain comes back to themselves. */
  onCycle: Set<string>;
  /** Level of each criterion not on or below a cycle (main criteria: 1), capped at the depth limit + 2
   * (so only the first criterion past the limit on each branch is reported). */
  depth: Map<string, number>;
  /** Per over-full sibling group (key: parent id, null for main criteria): the first extra child. */
  overfullAt: Map<string | null, number>;
};

/**
 * One parent map and an iterative walk with three colours (unvisited, on the current path,
 * finished): every criterion is entered once, so the check is O(n) however long the chains —
 * a per-criterion walk was O(n²) and froze the app on a 20,000-criteria chain.
 */
export function criteriaTreeFacts(
  criteria: readonly { id: string; parentId: string | null }[],
): CriteriaTreeFacts {
  const parentOf = new Map<string, string | null>();
  for (const c of criteria) parentOf.set(c.id, c.parentId);
  const ON_PATH = 1;
  const DONE = 2;
  const colour = new Map<string, number>();
  const onCycle = new Set<string>();
  const depth = new Map<string, number>();
  const path: string[] = [];
  for (const start of parentOf.keys()) {
    if (colour.has(start)) continue;
    let current: string | null = start;
    // Walk up until a root, an unknown parent, a finished criterion or the current path.
    while (current !== null && parentOf.has(current) && !colour.has(current)) {
      colour.set(current, ON_PATH);
      path.push(current);
      current = parentOf.get(current) ?? null;
    }
    let base = 0;
    if (current !== null && colour.get(current) === ON_PATH) {
      // The path closed a loop: everything from `current` onwards is on the cycle.
      for (let k = path.lastIndexOf(current); k < path.length; k++) onCycle.add(path[k]!);
      base = -1;
    } else if (current !== null && colour.get(current) === DONE) {
      base = depth.get(current) ?? -1;
    }
    // Unwind: levels count down from the top of the path; below a cycle they stay unknown (-1).
    for (let k = path.length - 1; k >= 0; k--) {
      const id = path[k]!;
      colour.set(id, DONE);
      if (onCycle.has(id)) continue;
      base = base === -1 ? -1 : Math.min(base + 1, LIMITS.criteriaDepth + 2);
      if (base !== -1) depth.set(id, base);
    }
    path.length = 0;
  }
  const childCount = new Map<string | null, number>();
  const overfullAt = new Map<string | null, number>();
  criteria.forEach((c, i) => {
    const parent = c.parentId !== null && parentOf.has(c.parentId) ? c.parentId : null;
    const count = (childCount.get(parent) ?? 0) + 1;
    childCount.set(parent, count);
    if (count === LIMITS.criteriaPerParent + 1) overfullAt.set(parent, i);
  });
  return { onCycle, depth, overfullAt };
}
