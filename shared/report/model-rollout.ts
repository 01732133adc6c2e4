import { departmentLabels } from '../i18n/glossary.ts';
import type { Member, Risk } from '../model/schema.ts';
import { gateStatus, type GateItemStatus } from '../rollout/gate-status.ts';
import { scanningSop, type SopSection } from '../rollout/scanning-sop.ts';
import type { ModelContext } from './model-context.ts';
import { words } from './report-text.ts';
import type { Block, GanttChart, ReportChapter } from './types.ts';

/** Chapter "Step 3 — Rollout plan": team and RACI, phases and gates, Gantt, risks, training. */

/** Rows of one Gantt chart: more go onto the next chart, so each fits a page. */
const GANTT_ROWS = 34;

const roleNames: Record<Member['role'], [string, string]> = {
  sponsor: ['sponsor', '发起人'],
  lead: ['project lead', '项目负责人'],
  'business-owner': ['business owner', '业务负责人'],
  member: ['member', '成员'],
};

/** Risks by score (likelihood × impact), highest first, each with its label R1, R2… */
export function rankedRisks(ctx: ModelContext): { risk: Risk; label: string; score: number }[] {
  return ctx.doc.rollout.risks
    .map((risk, i) => ({ risk, label: `R${i + 1}`, score: risk.likelihood * risk.impact }))
    .sort((a, b) => b.score - a.score);
}

function teamBlocks(ctx: ModelContext): Block[] {
  const { team, tasks } = ctx.doc.rollout;
  const { say } = ctx;
  if (team.length === 0) return [{ kind: 'notice', text: ctx.t(words.notFilled.team) }];
  const blocks: Block[] = [
    {
      kind: 'table',
      columns: [
        { header: say('Member', '成员'), width: 0.4 },
        { header: say('Department', '部门'), width: 0.22 },
        { header: say('Role', '角色'), width: 0.22 },
        { header: say('Availability', '投入比例'), width: 0.16, align: 'right' },
      ],
      rows: team.map((m) => [
        m.name,
        ctx.t(departmentLabels[m.department]),
        say(...roleNames[m.role]),
        ctx.percent(m.availability),
      ]),
    },
  ];
  const rows = [...ctx.doc.rollout.workstreams, ...tasks].filter((r) => r.raci.length > 0);
  if (rows.length > 0) {
    const memberShare = 0.62 / team.length;
    blocks.push({
      kind: 'table',
      columns: [
        { header: say('RACI: task or workstream', 'RACI：任务或工作流'), width: 0.38 },
        ...team.map((m) => ({
          header: m.name.split(/[ (（]/)[0] ?? m.name,
          width: memberShare,
          align: 'center' as const,
        })),
      ],
      rows: rows.map((r) => [
        r.name,
        ...team.map((m) =>
          r.raci
            .filter((c) => c.memberId === m.id)
            .map((c) => c.role)
            .join('/'),
        ),
      ]),
    });
  }
  return blocks;
}

/** "passed", or what the item still misses (from the rollout planner's gate rules). */
function gateItemText(ctx: ModelContext, status: GateItemStatus | undefined): string {
  if (!status) return ctx.t(words.open);
  if (status.isPassed) return ctx.say('passed', '已通过');
  return status.missing ? ctx.t(status.missing) : ctx.t(words.open);
}

function phaseBlocks(ctx: ModelContext): Block[] {
  const { say } = ctx;
  const members = new Map(ctx.doc.rollout.team.map((m) => [m.id, m.name]));
  const statuses = new Map(gateStatus(ctx.doc, ctx.schedule).map((g) => [g.phaseId, g]));
  return ctx.doc.rollout.phases.flatMap((phase): Block[] => {
    const status = statuses.get(phase.id);
    const itemStatus = new Map(status?.items.map((i) => [i.itemId, i]));
    const dates = ctx.schedule.phases.get(phase.id);
    const when = dates
      ? say(`${dates.start} to ${dates.finish}`, `${dates.start} 至 ${dates.finish}`) +
        (dates.goLive ? say(`, go-live ${dates.goLive}`, `，上线 ${dates.goLive}`) : '')
      : say('not scheduled', '未排期');
    const done = status?.passedCount ?? 0;
    return [
      { kind: 'heading', text: say(`${phase.name} (${when})`, `${phase.name}（${when}）`) },
      ...(phase.goal ? [{ kind: 'paragraph' as const, text: phase.goal }] : []),
      phase.gates.length === 0
        ? {
            kind: 'paragraph',
            text: say('No gate checklist yet.', '尚无阶段门检查清单。'),
            tone: 'muted',
          }
        : {
            kind: 'table',
            columns: [
              {
                header: say(
                  `Gate checklist (${done} of ${phase.gates.length} passed)`,
                  `阶段门检查清单（已通过 ${done}/${phase.gates.length}）`,
                ),
                width: 0.5,
              },
              { header: say('Owner', '负责人'), width: 0.16 },
              { header: say('Status', '状态'), width: 0.2 },
              { header: say('Evidence / sign-off', '证据/签字'), width: 0.14 },
            ],
            rows: phase.gates.map((g) => [
              g.text,
              g.ownerId ? (members.get(g.ownerId) ?? '') : '',
              gateItemText(ctx, itemStatus.get(g.id)),
              [
                g.evidence,
                g.signedOffById
                  ? `${members.get(g.signedOffById) ?? ''} ${g.signedOffOn ?? ''}`
                  : '',
              ]
                .filter(Boolean)
                .join('; '),
            ]),
          },
    ];
  });
}

/** Gantt charts of the schedule: phases as summary rows, tasks under them. */
export function ganttCharts(ctx: ModelContext): GanttChart[] {
  const { schedule, doc, say } = ctx;
  if (!schedule.start || !schedule.finish) return [];
  const rows: GanttChart['rows'] = [];
  const groups = [
    ...doc.rollout.phases.map((p) => ({ id: p.id, name: p.name })),
    { id: null, name: say('Other tasks', '其他任务') },
  ];
  for (const group of groups) {
    const tasks = doc.rollout.tasks.filter(
      (t) => t.phaseId === group.id && schedule.tasks.has(t.id),
    );
    const dates = group.id ? schedule.phases.get(group.id) : undefined;
    if (tasks.length === 0) continue;
    if (dates)
      rows.push({
        label: group.name,
        start: dates.start,
        finish: dates.finish,
        isPhase: true,
        isCritical: false,
        isMilestone: false,
        percentComplete: 0,
      });
    for (const task of tasks) {
      const s = schedule.tasks.get(task.id)!;
      rows.push({
        label: task.name,
        start: s.start,
        finish: s.finish,
        isPhase: false,
        isCritical: s.isCritical,
        isMilestone: s.isMilestone,
        percentComplete: task.percentComplete,
      });
    }
  }
  const legend = {
    critical: say('critical path', '关键路径'),
    task: say('task (dark: % complete)', '任务（深色为完成比例）'),
    milestone: say('milestone / phase', '里程碑/阶段'),
  };
  const charts: GanttChart[] = [];
  for (let i = 0; i < rows.length; i += GANTT_ROWS) {
    charts.push({
      kind: 'gantt',
      start: schedule.start,
      finish: schedule.finish,
      rows: rows.slice(i, i + GANTT_ROWS),
      legend,
    });
  }
  return charts;
}

function scheduleBlocks(ctx: ModelContext): Block[] {
  const { say, schedule, doc } = ctx;
  if (doc.rollout.tasks.length === 0)
    return [{ kind: 'notice', text: ctx.t(words.notFilled.rollout) }];
  const names = new Map(doc.rollout.tasks.map((t) => [t.id, t.name]));
  const blocks: Block[] = ganttCharts(ctx).map((chart) => ({
    kind: 'chart',
    title: say(
      `Schedule ${schedule.start} to ${schedule.finish}`,
      `进度计划：${schedule.start} 至 ${schedule.finish}`,
    ),
    height: 44 + chart.rows.length * 15,
    chart,
  }));
  blocks.push({
    kind: 'paragraph',
    text:
      say('Critical path: ', '关键路径：') +
      schedule.criticalPath.map((id) => names.get(id) ?? id).join(' → '),
  });
  for (const cycle of schedule.cycles) {
    blocks.push({
      kind: 'paragraph',
      tone: 'alert',
      text: `${ctx.t(cycle.message)} ${cycle.taskIds.map((id) => names.get(id) ?? id).join(' → ')}`,
    });
  }
  return blocks;
}

function riskBlocks(ctx: ModelContext): Block[] {
  const { say } = ctx;
  if (ctx.doc.rollout.risks.length === 0)
    return [{ kind: 'notice', text: ctx.t(words.notFilled.risks) }];
  const members = new Map(ctx.doc.rollout.team.map((m) => [m.id, m.name]));
  const ranked = rankedRisks(ctx);
  const cells = [1, 2, 3, 4, 5].map((l) =>
    [1, 2, 3, 4, 5].map((i) =>
      ranked.filter((r) => r.risk.likelihood === l && r.risk.impact === i).map((r) => r.label),
    ),
  );
  const status = {
    open: say('open', '未关闭'),
    mitigating: say('mitigating', '应对中'),
    closed: say('closed', '已关闭'),
    occurred: say('occurred', '已发生'),
  };
  return [
    {
      kind: 'chart',
      title: say('Risk heat map: likelihood × impact (1–5)', '风险热力图：可能性 × 影响（1–5）'),
      height: 230,
      chart: {
        kind: 'heat-map',
        cells,
        likelihoodLabel: say('Likelihood', '可能性'),
        impactLabel: say('Impact', '影响'),
      },
    },
    {
      kind: 'table',
      columns: [
        { header: '#', width: 0.05 },
        { header: say('Risk', '风险'), width: 0.3 },
        { header: say('L×I', '可能性×影响'), width: 0.1, align: 'center' },
        { header: say('Owner', '负责人'), width: 0.14 },
        { header: say('Mitigation', '应对措施'), width: 0.29 },
        { header: say('Status', '状态'), width: 0.12 },
      ],
      rows: ranked.map((r) => [
        r.label,
        r.risk.text,
        `${r.risk.likelihood}×${r.risk.impact} = ${r.score}`,
        r.risk.ownerId ? (members.get(r.risk.ownerId) ?? '') : '',
        r.risk.mitigation,
        status[r.risk.status],
      ]),
      emphasisRows: ranked.flatMap((r, i) => (r.score >= 15 ? [i] : [])),
    },
  ];
}

function trainingBlocks(ctx: ModelContext): Block[] {
  const { say, doc } = ctx;
  if (doc.rollout.trainings.length === 0)
    return [{ kind: 'notice', text: ctx.t(words.notFilled.training) }];
  const phases = new Map(doc.rollout.phases.map((p) => [p.id, p.name]));
  const members = new Map(doc.rollout.team.map((m) => [m.id, m.name]));
  return [
    {
      kind: 'table',
      columns: [
        { header: say('Audience', '对象'), width: 0.17 },
        { header: say('Topic', '内容'), width: 0.33 },
        { header: say('Phase', '阶段'), width: 0.2 },
        { header: say('When', '时间'), width: 0.12 },
        { header: say('Hours', '学时'), width: 0.07, align: 'right' },
        { header: say('Trainer', '培训师'), width: 0.11 },
      ],
      rows: doc.rollout.trainings.map((t) => [
        t.audience,
        t.topic,
        t.phaseId ? (phases.get(t.phaseId) ?? '') : '',
        t.offsetDays < 0
          ? say(`${-t.offsetDays} days before go-live`, `上线前 ${-t.offsetDays} 天`)
          : say(`${t.offsetDays} days after go-live`, `上线后 ${t.offsetDays} 天`),
        ctx.number(t.durationHours, 1),
        t.trainerId ? (members.get(t.trainerId) ?? '') : '',
      ]),
    },
  ];
}

/** The QR-scanning SOP of the rollout planner, for the line's notice board. */
function sopBlocks(ctx: ModelContext): Block[] {
  const sop = scanningSop;
  const section = (part: SopSection): Block[] => [
    { kind: 'heading', text: ctx.t(part.title) },
    { kind: 'bullets', items: part.lines.map((l) => ctx.t(l)) },
  ];
  return [
    { kind: 'paragraph', text: ctx.t(sop.purpose) },
    { kind: 'heading', text: ctx.t(sop.scanPoints.title) },
    {
      kind: 'table',
      columns: [
        { header: ctx.t(sop.scanPoints.columns.when), width: 0.4 },
        { header: ctx.t(sop.scanPoints.columns.who), width: 0.25 },
        { header: ctx.t(sop.scanPoints.columns.records), width: 0.35 },
      ],
      rows: sop.scanPoints.points.map((p) => [ctx.t(p.when), ctx.t(p.who), ctx.t(p.records)]),
    },
    ...section(sop.howToScan),
    ...section(sop.whenScanFails),
    ...section(sop.whoToCall),
    ...section(sop.kpi),
  ];
}

export function rolloutChapter(ctx: ModelContext): ReportChapter {
  const title = ctx.t(words.chapters.rollout);
  const { say } = ctx;
  if (ctx.doc.rollout.tasks.length === 0 && ctx.doc.rollout.phases.length === 0) {
    return {
      id: 'rollout',
      title,
      intro: [{ kind: 'notice', text: ctx.t(words.notFilled.rollout) }],
      subsections: [],
    };
  }
  return {
    id: 'rollout',
    title,
    intro: [],
    subsections: [
      { title: say('Task force and RACI', '专项小组与 RACI'), blocks: teamBlocks(ctx) },
      { title: say('Phases and gates', '阶段与阶段门'), blocks: phaseBlocks(ctx) },
      {
        title: say('Schedule and critical path', '进度计划与关键路径'),
        blocks: scheduleBlocks(ctx),
      },
      { title: say('Risks', '风险'), blocks: riskBlocks(ctx) },
      { title: say('Training plan', '培训计划'), blocks: trainingBlocks(ctx) },
      { title: ctx.t(scanningSop.title), blocks: sopBlocks(ctx) },
    ],
  };
}
