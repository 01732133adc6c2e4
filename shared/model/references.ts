import { isCatalogueObject } from '../flows/data-objects.ts';
import { localized } from '../i18n/localized.ts';
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

  const sections = [
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
  ] as const;
  for (const [section, list, items] of sections) {
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

  d.criteria.forEach((c, i) => {
    expect(c.parentId, criteria, ['decision', 'criteria', i, 'parentId'], CRITERION);
    if (c.parentId !== null && hasParentCycle(c.id, d.criteria)) {
      errors.push({
        pointer: toPointer(['decision', 'criteria', i, 'parentId']),
        message: localized(
          `Criterion "${c.id}" is its own ancestor; a criteria hierarchy must be a tree.`,
          `评估维度 "${c.id}" 成为了自己的上级；维度层级必须是树结构。`,
        ),
      });
    }
  });
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

function hasParentCycle(
  startId: string,
  criteria: readonly { id: string; parentId: string | null }[],
): boolean {
  const parentOf = new Map(criteria.map((c) => [c.id, c.parentId]));
  const visited = new Set<string>();
  let current = parentOf.get(startId) ?? null;
  while (current !== null) {
    if (current === startId) return true;
    if (visited.has(current)) return false; // a cycle above us, reported at its own members
    visited.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}
