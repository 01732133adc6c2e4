import { allQuestions, type Pitfall } from '../audit/questionnaire.ts';
import type { ModelContext } from './model-context.ts';
import { words } from './report-text.ts';
import type { Block, ReportChapter } from './types.ts';

/** Chapter "Step 1 — Self-audit": readiness against target, red flags, gaps, preconditions. */

const pitfallNames: Record<Pitfall, [string, string]> = {
  'pure-it': ['Pitfall 1 · pure IT project', '误区一 · 纯 IT 项目'],
  'full-interface': ['Pitfall 2 · “most complete” interfaces', '误区二 · 追求“功能最全”的接口'],
  'half-chain': ['Pitfall 3 · half chain', '误区三 · 半截式追溯'],
};

/** Whether the audit has any answer that counts. */
export function hasAudit(ctx: ModelContext): boolean {
  return ctx.audit.readiness.overall !== null;
}

/** Names of the questionnaire's dimensions by id. */
export function dimensionNames(ctx: ModelContext): Map<string, string> {
  return new Map(ctx.audit.questionnaire.dimensions.map((d) => [d.id, d.name]));
}

export function auditChapter(ctx: ModelContext): ReportChapter {
  const { say, audit } = ctx;
  const title = ctx.t(words.chapters.audit);
  if (!hasAudit(ctx)) {
    return {
      id: 'audit',
      title,
      intro: [{ kind: 'notice', text: ctx.t(words.notFilled.audit) }],
      subsections: [],
    };
  }
  const { readiness } = audit;
  const names = dimensionNames(ctx);
  const questions = new Map(allQuestions(audit.questionnaire).map((q) => [q.id, q.text]));
  const fmt = (v: number | null) => (v === null ? '—' : ctx.number(v));
  const intro: Block[] = [
    {
      kind: 'paragraph',
      text: say(
        `Overall readiness index ${fmt(readiness.overall)} of 100, with ${ctx.percent(readiness.confidence)} confidence (the share of answers backed by measured evidence). Readiness is the weighted maturity of the answered questions per dimension; “don't know” answers lower the confidence, not the score.`,
        `总体准备度指数为 ${fmt(readiness.overall)}（满分 100），置信度 ${ctx.percent(readiness.confidence)}（有实测依据的回答所占比重）。准备度是各维度已回答问题的加权成熟度；“不清楚”的回答降低置信度，不降低得分。`,
      ),
    },
  ];
  const dimensions = readiness.dimensions;
  const readinessBlocks: Block[] = [
    {
      kind: 'chart',
      title: say('Readiness against target per dimension (0–100)', '各维度准备度与目标（0–100）'),
      height: 210,
      chart: {
        kind: 'radar',
        axes: dimensions.map((d) => names.get(d.dimensionId) ?? d.dimensionId),
        max: 100,
        series: [
          {
            name: say('Current', '现状'),
            values: dimensions.map((d) => d.readiness ?? 0),
            color: ctx.palette[0]!,
          },
          {
            name: say('Target', '目标'),
            values: dimensions.map((d) => d.target),
            color: ctx.palette[1]!,
          },
        ],
      },
    },
    {
      kind: 'table',
      columns: [
        { header: say('Dimension', '维度'), width: 0.4 },
        { header: say('Readiness', '准备度'), align: 'right' },
        { header: say('Target', '目标'), align: 'right' },
        { header: say('Gap', '差距'), align: 'right' },
        { header: say('Answered', '已回答'), align: 'right' },
        { header: say('Confidence', '置信度'), align: 'right' },
      ],
      rows: dimensions.map((d) => [
        names.get(d.dimensionId) ?? d.dimensionId,
        fmt(d.readiness),
        ctx.number(d.target),
        fmt(d.gap),
        `${d.answered}/${d.applicable}`,
        ctx.percent(d.confidence),
      ]),
    },
  ];
  const flags = audit.redFlags;
  const flagBlocks: Block[] =
    flags.length === 0
      ? [
          {
            kind: 'paragraph',
            text: say('No red flags from the answers so far.', '目前的回答未触发红色警示。'),
          },
        ]
      : [
          {
            kind: 'table',
            columns: [
              { header: say('Pitfall', '误区'), width: 0.2 },
              { header: say('Severity', '严重程度'), width: 0.1 },
              { header: say('Finding', '发现'), width: 0.4 },
              { header: say('Raised by the answers to', '触发的问题'), width: 0.3 },
            ],
            rows: flags.map((f) => [
              say(...pitfallNames[f.pitfall]),
              f.severity === 'high' ? say('high', '高') : say('medium', '中'),
              ctx.t(f.message),
              f.questionIds.map((id) => questions.get(id) ?? id).join(say('; ', '；')),
            ]),
            emphasisRows: flags.flatMap((f, i) => (f.severity === 'high' ? [i] : [])),
          },
        ];
  const gaps = audit.recommendations.slice(0, 15);
  const gapBlocks: Block[] =
    gaps.length === 0
      ? [{ kind: 'paragraph', text: say('Nothing scores below 4 yet.', '目前没有低于 4 分的项。') }]
      : [
          {
            kind: 'table',
            columns: [
              { header: '#', width: 0.05, align: 'right' },
              { header: say('Dimension', '维度'), width: 0.2 },
              { header: say('What to do', '改进措施'), width: 0.6 },
              { header: say('Maturity', '成熟度'), width: 0.15, align: 'right' },
            ],
            rows: gaps.map((g, i) => [
              String(i + 1),
              names.get(g.dimensionId) ?? g.dimensionId,
              g.text,
              `${ctx.number(g.maturity, 1)} / 5`,
            ]),
          },
        ];
  const preconditions = audit.preconditions;
  const preconditionBlocks: Block[] =
    preconditions.length === 0
      ? [
          {
            kind: 'paragraph',
            text: say(
              'No data precondition fails (or none measured yet).',
              '没有未达标的数据前提条件（或尚未测量）。',
            ),
          },
        ]
      : [
          {
            kind: 'table',
            columns: [
              { header: say('Precondition before integration', '对接前的前提条件'), width: 0.64 },
              { header: say('Now', '现状'), width: 0.18, align: 'right' },
              { header: say('Required', '要求'), width: 0.18, align: 'right' },
            ],
            rows: preconditions.map((p) => [
              p.text,
              ctx.number(p.value),
              ctx.number(p.requiredValue),
            ]),
          },
        ];
  return {
    id: 'audit',
    title,
    intro,
    subsections: [
      { title: say('Readiness per dimension', '各维度准备度'), blocks: readinessBlocks },
      { title: say('Red flags', '红色警示'), blocks: flagBlocks },
      { title: say('Prioritised gaps', '按优先级排列的差距'), blocks: gapBlocks },
      { title: say('Data preconditions', '数据前提条件'), blocks: preconditionBlocks },
    ],
  };
}
