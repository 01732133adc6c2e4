import { evaluateDecision, type DecisionEvaluation } from '../decision/evaluate.ts';
import { hasRanking, REPORT_SEED, type ModelContext } from './model-context.ts';
import { words } from './report-text.ts';
import type { Block, ReportChapter, ReportSubsection } from './types.ts';

/** Chapter "Step 2 — Options and vendors": weights, scores, rankings, robustness, TCO, vendors. */

/** The group's first choice and its margin over the runner-up (weighted sum), if any. */
export function firstChoice(evaluation: DecisionEvaluation) {
  const [first, second] = evaluation.weightedSum;
  if (!first) return null;
  return { first, second: second ?? null, margin: second ? first.score - second.score : null };
}

const leafCriteria = (e: DecisionEvaluation) => e.criteria.filter((c) => c.isLeaf);

function weightBlocks(ctx: ModelContext, e: DecisionEvaluation): Block[] {
  const { say } = ctx;
  const method = {
    direct: say('direct percentages', '直接赋权'),
    ahp: say('AHP pairwise comparison', 'AHP 两两比较'),
    rank: say('rank order (ROC weights)', '排序赋权（ROC）'),
  }[e.weightMethod];
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: say(
        `Weights by ${method}, the mean of ${e.weights.byRater.length} raters.`,
        `权重采用${method}，为 ${e.weights.byRater.length} 位评分人的平均值。`,
      ),
    },
    {
      kind: 'table',
      columns: [
        { header: say('Criterion', '准则'), width: 0.46 },
        { header: say('Direction', '方向'), width: 0.18 },
        { header: say('Scale', '评分方式'), width: 0.2 },
        { header: say('Weight', '权重'), width: 0.16, align: 'right' },
      ],
      rows: e.criteria.map((c) => [
        `${'  '.repeat(c.depth)}${ctx.t(c.label)}`,
        c.direction === 'benefit' ? say('benefit', '效益型') : say('cost', '成本型'),
        c.scale === 'rating'
          ? say('rating 1–10', '评分 1–10')
          : say(`value (${c.unit})`, `数值（${c.unit}）`),
        ctx.percent(c.weight, 1),
      ]),
      emphasisRows: e.criteria.flatMap((c, i) => (c.isLeaf ? [] : [i])),
    },
  ];
  const crs = e.ahp.byRater.flatMap((r) =>
    r.nodes.map((n) => [
      r.name,
      ctx.number(n.result.consistencyRatio, 3),
      n.result.isConsistent
        ? say('consistent', '一致')
        : say('revisit (CR ≥ 0.10)', '需复核（CR ≥ 0.10）'),
    ]),
  );
  if (crs.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: say('Rater (AHP)', '评分人（AHP）'), width: 0.5 },
        { header: 'CR', width: 0.2, align: 'right' },
        { header: say('Judgements', '判断'), width: 0.3 },
      ],
      rows: crs,
    });
  }
  return blocks;
}

function scoreBlocks(ctx: ModelContext, e: DecisionEvaluation): Block[] {
  const leaves = leafCriteria(e);
  const share = 0.6 / Math.max(1, e.subjects.length);
  return [
    {
      kind: 'table',
      columns: [
        { header: ctx.say('Criterion (mean score)', '准则（平均分）'), width: 0.4 },
        ...e.subjects.map((s) => ({ header: s.name, width: share, align: 'right' as const })),
      ],
      rows: leaves.map((c, j) => [
        ctx.t(c.label),
        ...e.subjects.map((_, i) => {
          const v = e.matrix.raw[i]?.[j];
          return v === null || v === undefined ? '—' : ctx.number(v, c.scale === 'rating' ? 1 : 0);
        }),
      ]),
    },
  ];
}

function rankingBlocks(ctx: ModelContext, e: DecisionEvaluation): Block[] {
  const { say } = ctx;
  const leaves = leafCriteria(e);
  const topsisRank = new Map(e.topsis.map((r) => [r.subjectId, r]));
  const agreement =
    e.agreement.spearman === null
      ? ''
      : say(
          ` Rank agreement (Spearman) ${ctx.number(e.agreement.spearman, 2)}; ${e.agreement.hasSameTop ? 'both methods pick the same first choice' : 'the two methods pick different first choices'}.`,
          `两种方法的排名一致性（Spearman）为 ${ctx.number(e.agreement.spearman, 2)}；${e.agreement.hasSameTop ? '首选一致' : '首选不同'}。`,
        );
  return [
    {
      kind: 'table',
      columns: [
        { header: say('Rank', '排名'), width: 0.1, align: 'right' },
        { header: say('Candidate', '候选方案'), width: 0.4 },
        { header: say('Weighted sum (0–100)', '加权和（0–100）'), width: 0.25, align: 'right' },
        {
          header: say('TOPSIS (rank, closeness)', 'TOPSIS（排名，贴近度）'),
          width: 0.25,
          align: 'right',
        },
      ],
      rows: e.weightedSum.map((r) => {
        const tp = topsisRank.get(r.subjectId);
        return [
          String(r.rank),
          r.name,
          ctx.number(r.score * 100, 1),
          tp ? `${tp.rank} · ${ctx.number(tp.score, 3)}` : '—',
        ];
      }),
      emphasisRows: [0],
    },
    {
      kind: 'paragraph',
      text:
        say(
          'The weighted sum adds each normalised score times its weight; TOPSIS ranks by closeness to the ideal solution.',
          '加权和为各项归一化得分乘以权重之和；TOPSIS 按与理想解的贴近度排名。',
        ) + agreement,
    },
    {
      kind: 'chart',
      title: say('Contribution of each criterion to the weighted sum', '各准则对加权和的贡献'),
      height: 40 + e.subjects.length * 22,
      chart: {
        kind: 'stacked-bars',
        categories: e.subjects.map((s) => s.name),
        max: 1,
        format: 'percent',
        series: leaves.map((c, j) => ({
          name: ctx.t(c.label),
          color: ctx.palette[j % ctx.palette.length]!,
          values: e.subjects.map((_, i) => (e.matrix.normalised[i]?.[j] ?? 0) * c.weight),
        })),
      },
    },
  ];
}

function sensitivityBlocks(ctx: ModelContext, e: DecisionEvaluation): Block[] {
  const { say } = ctx;
  const labels = new Map(e.criteria.map((c) => [c.id, ctx.t(c.label)]));
  const choice = firstChoice(e);
  const ranks = e.subjects.map((_, k) => k);
  const blocks: Block[] = [
    { kind: 'bullets', items: e.thresholds.filter((t) => t.isLeaf).map((t) => ctx.t(t.sentence)) },
  ];
  if (choice?.margin !== null && choice && e.tornado.length > 0) {
    blocks.push({
      kind: 'chart',
      title: say(
        'Tornado: margin of the first choice (points) when each weight swings ±10 points',
        '龙卷风图：各权重 ±10 个百分点时首选方案的领先分差',
      ),
      height: 40 + e.tornado.length * 16,
      chart: {
        kind: 'tornado',
        base: choice.margin ?? 0,
        lowLabel: say('weight −10 points', '权重 −10 个百分点'),
        highLabel: say('weight +10 points', '权重 +10 个百分点'),
        rows: e.tornado.map((t) => ({
          label: labels.get(t.criterionId) ?? t.criterionId,
          low: t.marginAtLow,
          high: t.marginAtHigh,
        })),
      },
    });
  }
  blocks.push({
    kind: 'chart',
    title: say(
      `Probability of each rank (Monte Carlo, ${ctx.number(e.monteCarlo.samples)} draws, seed ${e.monteCarlo.seed})`,
      `各名次的概率（蒙特卡洛模拟，${ctx.number(e.monteCarlo.samples)} 次抽样，随机种子 ${e.monteCarlo.seed}）`,
    ),
    height: 40 + e.subjects.length * 22,
    chart: {
      kind: 'stacked-bars',
      categories: e.subjects.map((s) => s.name),
      max: 1,
      format: 'percent',
      series: ranks.map((k) => ({
        name: say(`rank ${k + 1}`, `第 ${k + 1} 名`),
        color: ctx.palette[k % ctx.palette.length]!,
        values: e.subjects.map(
          (s) => e.monteCarlo.subjects.find((p) => p.subjectId === s.id)?.rankProbability[k] ?? 0,
        ),
      })),
    },
  });
  return blocks;
}

function raterBlocks(ctx: ModelContext, subjects: number): Block[] {
  const ranks = Array.from({ length: subjects }, (_, k) => k);
  const rows = ctx.doc.decision.raters.map((rater) => {
    const own = evaluateDecision(ctx.doc, { raterId: rater.id, seed: REPORT_SEED, samples: 200 });
    return [rater.name, ...ranks.map((k) => own.weightedSum[k]?.name ?? '—')];
  });
  return [
    {
      kind: 'table',
      columns: [
        { header: ctx.say('Rater', '评分人'), width: 0.25 },
        ...ranks.map((k) => ({
          header: ctx.say(`Rank ${k + 1}`, `第 ${k + 1} 名`),
          width: 0.75 / Math.max(1, subjects),
        })),
      ],
      rows,
    },
  ];
}

function tcoBlocks(ctx: ModelContext, e: DecisionEvaluation): Block[] {
  const { say } = ctx;
  const withCosts = e.tco.filter((c) => c.hasCosts);
  if (withCosts.length === 0) return [{ kind: 'notice', text: ctx.t(words.notFilled.costs) }];
  const names = new Map(e.subjects.map((s) => [s.id, s.name]));
  const { horizonYears, discountRate } = ctx.doc.decision;
  return [
    {
      kind: 'table',
      columns: [
        { header: say('Candidate', '候选方案'), width: 0.32 },
        { header: say('Initial', '一次性投入'), align: 'right' },
        { header: say('Annual', '年度费用'), align: 'right' },
        { header: say(`Total, ${horizonYears} years`, `${horizonYears} 年合计`), align: 'right' },
        {
          header: say(
            `NPV at ${ctx.percent(discountRate, 1)}`,
            `净现值（折现率 ${ctx.percent(discountRate, 1)}）`,
          ),
          align: 'right',
        },
      ],
      rows: withCosts.map((c) => [
        names.get(c.candidateId) ?? c.candidateId,
        ctx.money(c.initial),
        ctx.money(c.annual),
        ctx.money(c.total),
        ctx.money(c.netPresentValue),
      ]),
    },
    {
      kind: 'chart',
      title: say('Cumulative cost of ownership', '累计拥有成本'),
      height: 170,
      chart: {
        kind: 'lines',
        unit: ctx.doc.decision.currency,
        xLabels: (withCosts[0]?.years ?? []).map((y) =>
          y.year === 0 ? say('go-live', '上线') : say(`year ${y.year}`, `第 ${y.year} 年`),
        ),
        series: withCosts.map((c, i) => ({
          name: names.get(c.candidateId) ?? c.candidateId,
          color: ctx.palette[i % ctx.palette.length]!,
          values: c.years.map((y) => y.cumulative),
        })),
      },
    },
  ];
}

function vendorBlocks(ctx: ModelContext): Block[] {
  const v = ctx.vendor;
  if (!hasRanking(v)) return [{ kind: 'notice', text: ctx.t(words.notFilled.vendors) }];
  return [
    ...scoreBlocks(ctx, v),
    {
      kind: 'table',
      columns: [
        { header: ctx.say('Rank', '排名'), width: 0.12, align: 'right' },
        { header: ctx.say('Vendor', '供应商'), width: 0.58 },
        { header: ctx.say('Weighted sum (0–100)', '加权和（0–100）'), width: 0.3, align: 'right' },
      ],
      rows: v.weightedSum.map((r) => [String(r.rank), r.name, ctx.number(r.score * 100, 1)]),
      emphasisRows: [0],
    },
    { kind: 'bullets', items: v.thresholds.filter((t) => t.isLeaf).map((t) => ctx.t(t.sentence)) },
  ];
}

export function optionsChapter(ctx: ModelContext): ReportChapter {
  const title = ctx.t(words.chapters.options);
  const e = ctx.option;
  if (!hasRanking(e)) {
    return {
      id: 'options',
      title,
      intro: [{ kind: 'notice', text: ctx.t(words.notFilled.options) }],
      subsections: [],
    };
  }
  const { say } = ctx;
  const subsections: ReportSubsection[] = [
    { title: say('Criteria and weights', '准则与权重'), blocks: weightBlocks(ctx, e) },
    { title: say('Scores', '评分'), blocks: scoreBlocks(ctx, e) },
    { title: say('Rankings', '排名'), blocks: rankingBlocks(ctx, e) },
    { title: say('Sensitivity', '敏感性分析'), blocks: sensitivityBlocks(ctx, e) },
    {
      title: say('Ranking per rater', '各评分人的排名'),
      blocks: raterBlocks(ctx, e.subjects.length),
    },
    { title: say('Total cost of ownership', '总拥有成本'), blocks: tcoBlocks(ctx, e) },
    { title: say('Vendor evaluation', '供应商评估'), blocks: vendorBlocks(ctx) },
  ];
  return { id: 'options', title, intro: [], subsections };
}
