import { localized, type Localized } from '../i18n/localized.ts';
import { departmentLabels } from '../i18n/glossary.ts';
import type { Member, Phase, ProjectDocument, Workstream } from '../model/schema.ts';
import { raciFindings } from './raci-checks.ts';
import { isBusinessMember, memberName, membersById, requiredDepartments } from './team-roles.ts';

/**
 * The task-force checks of step 3: the model's rule "business states needs and accepts results,
 * IT implements, a senior manager leads" (three-step model, step 3), and the RACI matrix checks
 * (raci-checks.ts). Pure functions of the document; findings are never stored.
 */

/** `error`: the plan cannot be right; `warning`: one of the model's pitfalls; `info`: a note. */
export type RolloutFindingSeverity = 'error' | 'warning' | 'info';

/**
 * One finding of the rollout checks (the shape of shared/flows/findings.ts): which rule, how
 * serious, what it points at, what is wrong and how to fix it.
 */
export type RolloutFinding = {
  id: string;
  severity: RolloutFindingSeverity;
  target: {
    kind: 'team' | 'member' | 'phase' | 'gate-item' | 'task' | 'workstream' | 'plan';
    id: string | null;
  };
  message: Localized;
  fix: Localized;
};

/** A list joined the way each language writes it. */
const joined = (items: readonly Localized[]) =>
  localized(items.map((i) => i.en).join(', '), items.map((i) => i['zh-CN']).join('、'));

const phaseName = (phase: Phase) => phase.name.trim() || phase.id;

function noSponsor(doc: ProjectDocument): RolloutFinding[] {
  if (doc.rollout.team.some((m) => m.role === 'sponsor')) return [];
  return [
    {
      id: 'team.no-sponsor',
      severity: 'warning',
      target: { kind: 'team', id: null },
      message: localized(
        'Nobody on the task force is the sponsor: the model wants a senior manager to lead, for resources and decisions.',
        '专项小组没有发起人：模型要求由一位高层管理者牵头，负责资源与决策。',
      ),
      fix: localized(
        'Add the plant or operations director and set their role to "sponsor".',
        '添加工厂或运营总监，并将其角色设为“发起人”。',
      ),
    },
  ];
}

function missingDepartments(doc: ProjectDocument): RolloutFinding[] {
  const present = new Set(doc.rollout.team.map((m) => m.department));
  const missing = requiredDepartments.filter((d) => !present.has(d));
  if (missing.length === 0) return [];
  const names = joined(missing.map((d) => departmentLabels[d]));
  return [
    {
      id: 'team.department-missing',
      severity: 'warning',
      target: { kind: 'team', id: null },
      message: localized(
        `The task force has nobody from ${names.en}: the model names IT, production, procurement, QC and warehouse.`,
        `专项小组缺少以下部门的成员：${names['zh-CN']}。模型要求 IT、生产、采购、品控和仓储都参与。`,
      ),
      fix: localized(
        `Add a member from ${names.en}, even at a small share of their time.`,
        `从${names['zh-CN']}各添加一名成员，投入比例低一些也可以。`,
      ),
    },
  ];
}

/** Members who accept the phase's UAT: owners or signers of its UAT items, A on its UAT tasks. */
function uatAcceptors(doc: ProjectDocument, phase: Phase): string[] {
  const fromGates = phase.gates
    .filter((g) => g.kind === 'uat')
    .flatMap((g) => [g.ownerId, g.signedOffById])
    .filter((id): id is string => id !== null);
  const fromTasks = doc.rollout.tasks
    .filter((t) => t.phaseId === phase.id && t.kind === 'uat')
    .flatMap((t) => t.raci.filter((c) => c.role === 'A').map((c) => c.memberId));
  return [...new Set([...fromGates, ...fromTasks])];
}

function phasesWithoutBusinessAcceptor(doc: ProjectDocument): RolloutFinding[] {
  const members = membersById(doc);
  return doc.rollout.phases
    .filter((phase) => !uatAcceptors(doc, phase).some((id) => isBusinessMember(members.get(id))))
    .map((phase) => ({
      id: 'phase.no-business-acceptor',
      severity: 'warning',
      target: { kind: 'phase', id: phase.id },
      message: localized(
        `${phaseName(phase)}: no business-side member accepts its results (nobody from the business owns or signs its UAT gate item, or is accountable for its UAT).`,
        `${phaseName(phase)}：没有业务部门成员验收结果（其 UAT 关口项没有业务方负责人或签字人，UAT 任务也没有业务方的 A）。`,
      ),
      fix: localized(
        'In the Gates tab, give the phase a UAT item owned by the business owner of the lines it covers.',
        '在“阶段关口”标签页中，为该阶段添加一个 UAT 检查项，由所覆盖产线的业务负责人负责。',
      ),
    }));
}

function itAccountableForAcceptance(doc: ProjectDocument): RolloutFinding[] {
  const members = membersById(doc);
  const isIt = (id: string | null) => id !== null && members.get(id)?.department === 'it';
  const findings: RolloutFinding[] = [];
  for (const phase of doc.rollout.phases) {
    for (const item of phase.gates.filter((g) => g.kind === 'uat')) {
      const it = [item.ownerId, item.signedOffById].find(isIt);
      if (it === undefined || it === null) continue;
      findings.push(itFinding(phase, { kind: 'gate-item', id: item.id }, members.get(it), it));
    }
    for (const task of doc.rollout.tasks.filter(
      (t) => t.phaseId === phase.id && t.kind === 'uat',
    )) {
      const it = task.raci.find((c) => c.role === 'A' && isIt(c.memberId))?.memberId;
      if (it === undefined) continue;
      findings.push(itFinding(phase, { kind: 'task', id: task.id }, members.get(it), it));
    }
  }
  return findings;
}

function itFinding(
  phase: Phase,
  target: RolloutFinding['target'],
  member: Member | undefined,
  memberId: string,
): RolloutFinding {
  const who = memberName(member, memberId);
  return {
    id: 'uat.it-accountable',
    severity: 'warning',
    target,
    message: localized(
      `${phaseName(phase)}: ${who} (IT) is accountable for a user acceptance. IT implements; the business accepts.`,
      `${phaseName(phase)}：${who}（IT）负责用户验收。按模型应由 IT 实施、业务方验收。`,
    ),
    fix: localized(
      `Make a business owner of the phase's lines accountable and sign; keep ${who} responsible for fixing what the test finds.`,
      `改由该阶段产线的业务负责人负责并签字；${who} 负责修复测试中发现的问题。`,
    ),
  };
}

/**
 * Every task-force and RACI finding of the document, in a stable order: team, phases,
 * acceptances, then the RACI rows.
 *
 * @example
 * teamFindings(doc).filter((f) => f.id === 'raci.accountable-count'); // rows with 0 or 2+ A
 */
export function teamFindings(doc: ProjectDocument): RolloutFinding[] {
  return [
    ...noSponsor(doc),
    ...missingDepartments(doc),
    ...phasesWithoutBusinessAcceptor(doc),
    ...itAccountableForAcceptance(doc),
    ...raciFindings(doc),
  ];
}

/** Workstreams grouped by phase, in the plan's phase order, unphased last. */
export function workstreamsByPhase(
  doc: ProjectDocument,
): { phaseId: string | null; workstreams: Workstream[] }[] {
  const groups = [...doc.rollout.phases.map((p) => p.id), null].map((phaseId) => ({
    phaseId,
    workstreams: doc.rollout.workstreams.filter((w) =>
      phaseId === null
        ? !doc.rollout.phases.some((p) => p.id === w.phaseId)
        : w.phaseId === phaseId,
    ),
  }));
  return groups.filter((g) => g.workstreams.length > 0);
}
