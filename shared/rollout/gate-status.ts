import { localized, type Localized } from '../i18n/localized.ts';
import type { GateItem, Member, Phase, ProjectDocument } from '../model/schema.ts';
import type { RolloutSchedule } from './schedule-types.ts';
import { isBusinessMember, memberName, membersById } from './team-roles.ts';

/**
 * Whether each phase's gate is passed. The model wants every phase closed by strict data
 * validation and user acceptance (three-step model, step 3), so a gate passes only when every
 * checklist item does. Training items are computed from the phase's training sessions and
 * defects items from the counted open defects; a UAT item needs a business member's signature.
 */

/** Training completion a `training` item needs when it sets no threshold: everyone trained. */
export const DEFAULT_TRAINING_PERCENT = 100;
/** Open defects a `defects` item accepts when it sets no threshold: none. */
export const DEFAULT_DEFECT_THRESHOLD = 0;

/** One checklist item: passed or not, and if not, what is missing. */
export type GateItemStatus = {
  itemId: string;
  isPassed: boolean;
  /** What stops the item from passing; `null` when it passes. */
  missing: Localized | null;
};

/** A phase's gate: passed only when it has items and every one is passed. */
export type PhaseGateStatus = {
  phaseId: string;
  isPassed: boolean;
  passedCount: number;
  items: GateItemStatus[];
  /** The go-live date from the schedule (its last finish when it has no go-live), if known. */
  goLive: string | null;
};

type Context = {
  doc: ProjectDocument;
  members: ReadonlyMap<string, Member>;
  phase: Phase;
};

const pass = (item: GateItem): GateItemStatus => ({
  itemId: item.id,
  isPassed: true,
  missing: null,
});
const fail = (item: GateItem, missing: Localized): GateItemStatus => ({
  itemId: item.id,
  isPassed: false,
  missing,
});

function trainingItem(ctx: Context, item: GateItem): GateItemStatus {
  const sessions = ctx.doc.rollout.trainings.filter((t) => t.phaseId === ctx.phase.id);
  const participants = sessions.reduce((sum, t) => sum + t.participants, 0);
  const completed = sessions.reduce((sum, t) => sum + Math.min(t.completed, t.participants), 0);
  const needed = item.threshold ?? DEFAULT_TRAINING_PERCENT;
  if (participants === 0) {
    return fail(
      item,
      localized(
        'No training session of this phase has participants yet.',
        '本阶段的培训场次尚未填写参训人数。',
      ),
    );
  }
  const percent = (completed / participants) * 100;
  if (percent + 1e-9 >= needed) return pass(item);
  const shown = Math.floor(percent);
  return fail(
    item,
    localized(
      `Training: ${completed} of ${participants} trained (${shown}%), ${needed}% needed.`,
      `培训：${participants} 人中已完成 ${completed} 人（${shown}%），需达到 ${needed}%。`,
    ),
  );
}

function defectsItem(item: GateItem): GateItemStatus {
  const allowed = item.threshold ?? DEFAULT_DEFECT_THRESHOLD;
  if (item.openDefects === undefined) {
    return fail(item, localized('Open defects not counted yet.', '尚未统计未关闭缺陷数。'));
  }
  if (item.openDefects <= allowed) return pass(item);
  return fail(
    item,
    localized(
      `${item.openDefects} open defects; at most ${allowed} allowed.`,
      `未关闭缺陷 ${item.openDefects} 个，最多允许 ${allowed} 个。`,
    ),
  );
}

function uatItem(ctx: Context, item: GateItem): GateItemStatus {
  if (item.signedOffById === null || item.signedOffOn === null) {
    return fail(item, localized('UAT not signed yet.', 'UAT 尚未签字。'));
  }
  const signer = ctx.members.get(item.signedOffById);
  if (!isBusinessMember(signer)) {
    const who = memberName(signer, item.signedOffById);
    return fail(
      item,
      localized(
        `UAT signed by ${who}, who is not on the business side; a business owner must sign.`,
        `UAT 由 ${who} 签字，但其不属于业务部门；须由业务负责人签字。`,
      ),
    );
  }
  return pass(item);
}

/** The status of one checklist item of a phase's gate. */
export function gateItemStatus(
  doc: ProjectDocument,
  phase: Phase,
  item: GateItem,
  members: ReadonlyMap<string, Member> = membersById(doc),
): GateItemStatus {
  const ctx: Context = { doc, members, phase };
  switch (item.kind) {
    case 'training':
      return trainingItem(ctx, item);
    case 'defects':
      return defectsItem(item);
    case 'uat':
      return uatItem(ctx, item);
    default:
      return item.isDone ? pass(item) : fail(item, localized('Not done yet.', '尚未完成。'));
  }
}

/**
 * The gate status of every phase, in plan order. Pass the schedule to get each phase's go-live
 * date; without it `goLive` is `null`.
 *
 * @example
 * gateStatus(doc, scheduleRollout(doc, today)).filter((g) => !g.isPassed); // gates still open
 */
export function gateStatus(doc: ProjectDocument, schedule?: RolloutSchedule): PhaseGateStatus[] {
  const members = membersById(doc);
  return doc.rollout.phases.map((phase) => {
    const items = phase.gates.map((item) => gateItemStatus(doc, phase, item, members));
    const passedCount = items.filter((i) => i.isPassed).length;
    const dates = schedule?.phases.get(phase.id);
    return {
      phaseId: phase.id,
      isPassed: items.length > 0 && passedCount === items.length,
      passedCount,
      items,
      goLive: dates ? (dates.goLive ?? dates.finish) : null,
    };
  });
}
