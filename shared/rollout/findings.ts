import chineseDays from 'chinese-days/dist/chinese-days.json';
import { localized, type Localized } from '../i18n/localized.ts';
import type { Phase, ProjectDocument, Task } from '../model/schema.ts';
import type { RolloutSchedule } from './schedule-types.ts';
import { teamFindings, type RolloutFinding } from './team-checks.ts';

/**
 * The schedule checks of step 3, in the shape of the diagram's findings (shared/flows/
 * findings.ts): which rule, how serious, what it points at, what is wrong and how to fix it.
 * `rolloutFindings` adds the task-force and RACI checks of team-checks.ts. Derived, never stored.
 */

/** The schedule rule ids, in the order findings are reported. */
export const scheduleRuleIds = [
  'plan.cycle',
  'task.unknown-predecessor',
  'task.no-phase',
  'phase.no-tasks',
  'phase.no-go-live',
  'phase.no-gate-items',
  'phase.go-live-order',
  'task.after-go-live',
  'calendar.year-without-holidays',
  'plan.no-start-date',
] as const;
/** The id of a schedule rule. */
export type ScheduleRuleId = (typeof scheduleRuleIds)[number];

/** Task kinds that belong after a phase's go-live. */
const AFTER_GO_LIVE: readonly Task['kind'][] = ['hypercare', 'go-live', 'milestone'];

/** The last year the `cn` preset has holidays for (chinese-days 1.5.7: 2004–2026). */
export const PRESET_LAST_YEAR = Math.max(
  ...Object.keys((chineseDays as { holidays: Record<string, string> }).holidays).map((d) =>
    Number(d.slice(0, 4)),
  ),
);

const taskName = (task: Task) => task.name.trim() || task.id;
const phaseName = (phase: Phase) => phase.name.trim() || phase.id;
const finding = (
  id: ScheduleRuleId,
  severity: RolloutFinding['severity'],
  target: RolloutFinding['target'],
  message: Localized,
  fix: Localized,
): RolloutFinding => ({ id, severity, target, message, fix });

/**
 * Findings about the plan's schedule: cycles, broken links, tasks without a phase, phases with
 * no tasks, go-live or gate items, go-lives out of order, tasks finishing after their phase's
 * go-live, years the holiday preset does not cover, and a plan with no start date.
 */
export function scheduleFindings(
  doc: ProjectDocument,
  schedule: RolloutSchedule,
): RolloutFinding[] {
  const { tasks, phases } = doc.rollout;
  const ids = new Set(tasks.map((t) => t.id));
  const list: RolloutFinding[] = [];
  for (const cycle of schedule.cycles) {
    list.push(
      finding(
        'plan.cycle',
        'error',
        { kind: 'task', id: cycle.taskIds[0] ?? null },
        cycle.message,
        localized(
          'Remove or reverse one dependency of the circle.',
          '删除或反转循环中的一条依赖。',
        ),
      ),
    );
  }
  for (const task of tasks) {
    for (const link of task.predecessors.filter((p) => !ids.has(p.taskId))) {
      list.push(
        finding(
          'task.unknown-predecessor',
          'error',
          { kind: 'task', id: task.id },
          localized(
            `“${taskName(task)}” waits for a task that no longer exists (${link.taskId}).`,
            `“${taskName(task)}”依赖的任务已不存在（${link.taskId}）。`,
          ),
          localized(
            'Remove the dependency or pick another predecessor.',
            '删除该依赖或选择其他前置任务。',
          ),
        ),
      );
    }
  }
  const phaseIds = new Set(phases.map((p) => p.id));
  for (const task of tasks.filter((t) => t.phaseId === null || !phaseIds.has(t.phaseId))) {
    list.push(
      finding(
        'task.no-phase',
        'warning',
        { kind: 'task', id: task.id },
        localized(
          `“${taskName(task)}” belongs to no phase, so no gate checks it.`,
          `“${taskName(task)}”不属于任何阶段，没有关口对其把关。`,
        ),
        localized('Move the task into the phase it prepares.', '将任务归入它所服务的阶段。'),
      ),
    );
  }
  list.push(...phaseFindings(doc, schedule));
  list.push(...calendarFindings(doc, schedule));
  if (doc.rollout.startDate === null && tasks.length > 0) {
    list.push(
      finding(
        'plan.no-start-date',
        'info',
        { kind: 'plan', id: null },
        localized(
          'The plan has no start date: it is scheduled from today.',
          '计划未设开始日期：按今天排期。',
        ),
        localized('Set the start date on the calendar tab.', '在日历页设置开始日期。'),
      ),
    );
  }
  return list;
}

function phaseFindings(doc: ProjectDocument, schedule: RolloutSchedule): RolloutFinding[] {
  const list: RolloutFinding[] = [];
  let previousGoLive: { phase: Phase; date: string } | null = null;
  for (const phase of doc.rollout.phases) {
    const own = doc.rollout.tasks.filter((t) => t.phaseId === phase.id);
    const target = { kind: 'phase' as const, id: phase.id };
    const name = phaseName(phase);
    if (own.length === 0) {
      list.push(
        finding(
          'phase.no-tasks',
          'warning',
          target,
          localized(`Phase “${name}” has no tasks.`, `阶段“${name}”没有任务。`),
          localized(
            'Generate the plan from steps 1 and 2, or add the phase’s tasks.',
            '根据第一、二步生成计划，或为该阶段添加任务。',
          ),
        ),
      );
      continue;
    }
    if (!own.some((t) => t.kind === 'go-live')) {
      list.push(
        finding(
          'phase.no-go-live',
          'warning',
          target,
          localized(
            `Phase “${name}” has no go-live milestone: its gate has no date.`,
            `阶段“${name}”没有上线里程碑：关口没有日期。`,
          ),
          localized(
            'Add a task of kind go-live (0 days) after the UAT.',
            '在 UAT 之后添加一个“上线”类型的任务（0 天）。',
          ),
        ),
      );
    }
    if (phase.gates.length === 0) {
      list.push(
        finding(
          'phase.no-gate-items',
          'warning',
          target,
          localized(
            `Phase “${name}” has no gate checklist: nothing proves it is ready to go live.`,
            `阶段“${name}”没有关口检查项：无法证明已具备上线条件。`,
          ),
          localized(
            'Add data validation, UAT sign-off, training and defect items to its gate.',
            '为关口添加数据校验、UAT 签字、培训与缺陷检查项。',
          ),
        ),
      );
    }
    const goLive = schedule.phases.get(phase.id)?.goLive ?? null;
    if (goLive === null) continue;
    if (previousGoLive && goLive < previousGoLive.date) {
      list.push(
        finding(
          'phase.go-live-order',
          'warning',
          target,
          localized(
            `“${name}” goes live on ${goLive}, before “${phaseName(previousGoLive.phase)}” (${previousGoLive.date}).`,
            `“${name}”于 ${goLive} 上线，早于“${phaseName(previousGoLive.phase)}”（${previousGoLive.date}）。`,
          ),
          localized(
            'Link the phase’s work to the previous go-live (finish-to-start).',
            '将本阶段工作以“完成-开始”关系链接到上一阶段的上线。',
          ),
        ),
      );
    }
    previousGoLive = { phase, date: goLive };
    for (const task of own) {
      const dates = schedule.tasks.get(task.id);
      if (!dates || AFTER_GO_LIVE.includes(task.kind) || dates.finish <= goLive) continue;
      list.push(
        finding(
          'task.after-go-live',
          'warning',
          { kind: 'task', id: task.id },
          localized(
            `“${taskName(task)}” finishes on ${dates.finish}, after its phase goes live (${goLive}).`,
            `“${taskName(task)}”于 ${dates.finish} 完成，晚于所属阶段上线日（${goLive}）。`,
          ),
          localized(
            'Make the go-live wait for it, or move it to the next phase.',
            '让上线等待该任务，或将其移至下一阶段。',
          ),
        ),
      );
    }
  }
  return list;
}

function calendarFindings(doc: ProjectDocument, schedule: RolloutSchedule): RolloutFinding[] {
  const { calendar } = doc.rollout;
  if (calendar.holidayPreset !== 'cn' || schedule.start === null || schedule.finish === null)
    return [];
  const first = Math.max(Number(schedule.start.slice(0, 4)), PRESET_LAST_YEAR + 1);
  const last = Number(schedule.finish.slice(0, 4));
  const list: RolloutFinding[] = [];
  for (let year = first; year <= last; year += 1) {
    const covered = calendar.exceptions.some(
      (e) => e.kind === 'holiday' && e.date.startsWith(`${year}-`),
    );
    if (covered) continue;
    list.push(
      finding(
        'calendar.year-without-holidays',
        'warning',
        { kind: 'plan', id: null },
        localized(
          `The plan runs into ${year}, for which the Chinese holiday preset has no dates yet: Spring Festival and National Day count as working days.`,
          `计划跨入 ${year} 年，节假日预设尚无该年数据：春节、国庆等将按工作日计算。`,
        ),
        localized(
          `Add ${year}’s public holidays and make-up working days as calendar exceptions once the State Council publishes them.`,
          `国务院公布 ${year} 年放假安排后，将节假日与调休上班日添加为日历例外。`,
        ),
      ),
    );
  }
  return list;
}

/**
 * Every finding of the rollout plan: the schedule checks above, then the task-force and RACI
 * checks (team-checks.ts).
 */
export function rolloutFindings(doc: ProjectDocument, schedule: RolloutSchedule): RolloutFinding[] {
  return [...scheduleFindings(doc, schedule), ...teamFindings(doc)];
}

/** The finding type shared with the task-force checks (team-checks.ts). */
export type { RolloutFinding } from './team-checks.ts';
