import { allQuestions, type Question } from '../audit/questionnaire.ts';
import { selectedOptions } from '../audit/readiness.ts';
import { SAATY_RANDOM_INDEX } from '../decision/ahp.ts';
import type { Answer } from '../model/schema.ts';
import type { ModelContext } from './model-context.ts';
import { words } from './report-text.ts';
import type { Block, ReportChapter } from './types.ts';

/** Chapter "Appendix": every answer, assumptions, method notes with formulas, glossary. */

function answerText(ctx: ModelContext, q: Question, a: Answer): string {
  if (a.status === 'unknown') return ctx.say("don't know", '不清楚');
  if (a.status === 'na') return ctx.say('not applicable', '不适用');
  if (q.type === 'single' || q.type === 'multi') {
    const labels = new Map(q.options.map((o) => [o.id, o.label]));
    return selectedOptions(a)
      .map((id) => labels.get(id) ?? id)
      .join(ctx.say('; ', '；'));
  }
  if (q.type === 'maturity' && typeof a.value === 'number') {
    return `${ctx.say('level', '等级')} ${a.value}${q.levels[a.value] ? ` — ${q.levels[a.value]}` : ''}`;
  }
  if (a.count !== null && a.total !== null) return `${a.count} / ${a.total}`;
  if (a.value === null) return '';
  return `${Array.isArray(a.value) ? a.value.join(ctx.say(', ', '、')) : String(a.value)}${q.unit ? ` ${q.unit}` : ''}`;
}

function answerBlocks(ctx: ModelContext): Block[] {
  const answers = new Map(ctx.doc.audit.answers.map((a) => [a.questionId, a]));
  const rows = allQuestions(ctx.audit.questionnaire)
    .filter((q) => answers.has(q.id))
    .map((q) => {
      const a = answers.get(q.id)!;
      return [
        q.text,
        answerText(ctx, q, a),
        [a.evidence, a.note].filter((s) => s.trim() !== '').join(' — '),
      ];
    });
  if (rows.length === 0) return [{ kind: 'notice', text: ctx.t(words.notFilled.audit) }];
  return [
    {
      kind: 'table',
      columns: [
        { header: ctx.say('Question', '问题'), width: 0.42 },
        { header: ctx.say('Answer', '回答'), width: 0.33 },
        { header: ctx.say('Evidence / note', '证据/备注'), width: 0.25 },
      ],
      rows,
    },
  ];
}

function assumptionBlocks(ctx: ModelContext): Block[] {
  const { say, doc, option } = ctx;
  const d = doc.decision;
  return [
    {
      kind: 'bullets',
      items: [
        say(
          `Costs in ${d.currency} over ${d.horizonYears} years, discount rate ${ctx.percent(d.discountRate, 1)}; initial costs at go-live, annual costs at each year end.`,
          `成本以 ${d.currency} 计，期限 ${d.horizonYears} 年，折现率 ${ctx.percent(d.discountRate, 1)}；一次性投入计于上线时，年度费用计于每年年末。`,
        ),
        say(
          `Monte Carlo: ${ctx.number(option.monteCarlo.samples)} draws, seed ${option.monteCarlo.seed}, triangular distributions from each score's low/likely/high.`,
          `蒙特卡洛模拟：${ctx.number(option.monteCarlo.samples)} 次抽样，随机种子 ${option.monteCarlo.seed}，按各评分的最低/最可能/最高值取三角分布。`,
        ),
        say(
          'Tornado: each weight moved by ±10 percentage points, the others rescaled to keep the sum at 100%.',
          '龙卷风图：每个权重变动 ±10 个百分点，其余权重按比例调整，总和保持 100%。',
        ),
        say(
          `Schedule from ${doc.rollout.startDate ?? ctx.today} on a ${doc.rollout.calendar.workweek.length}-day working week${doc.rollout.calendar.holidayPreset === 'cn' ? ' with mainland China public holidays' : ''}.`,
          `进度自 ${doc.rollout.startDate ?? ctx.today} 起，每周 ${doc.rollout.calendar.workweek.length} 个工作日${doc.rollout.calendar.holidayPreset === 'cn' ? '，扣除中国大陆法定节假日' : ''}。`,
        ),
        say(
          'Answers marked “don’t know” are left out of readiness and lower its confidence.',
          '标记为“不清楚”的回答不计入准备度，但会降低置信度。',
        ),
      ],
    },
  ];
}

function methodBlocks(ctx: ModelContext): Block[] {
  const { say } = ctx;
  return [
    { kind: 'heading', text: say('Readiness', '准备度') },
    {
      kind: 'paragraph',
      text: say(
        'Per dimension, readiness = 20 × Σ(m_i·g_i) / Σg_i over the answered questions, where m_i is the maturity 0–5 of answer i and g_i its weight (times the industry preset’s factor). The index is the mean of the dimensions.',
        '各维度准备度 = 20 × Σ(m_i·g_i) / Σg_i（对已回答的问题求和），m_i 为回答 i 的成熟度 0–5，g_i 为其权重（乘以行业预设系数）。总指数为各维度的平均值。',
      ),
    },
    { kind: 'heading', text: say('Weighted sum and normalisation', '加权和与归一化') },
    {
      kind: 'paragraph',
      text: say(
        'S(a) = Σ_j w_j·r_aj. Ratings 1–10 become r = (x − 1)/9; raw values use Hwang & Yoon’s linear scale, r = x / max for benefits and r = min / x for costs.',
        'S(a) = Σ_j w_j·r_aj。1–10 分的评分换算为 r = (x − 1)/9；原始数值按 Hwang 与 Yoon 的线性比例法：效益型 r = x / max，成本型 r = min / x。',
      ),
    },
    { kind: 'heading', text: 'AHP' },
    {
      kind: 'paragraph',
      text: say(
        'Weights are the principal eigenvector of the pairwise matrix; CI = (λmax − n)/(n − 1) and CR = CI / RI with Saaty’s random index RI. A CR of 0.10 or more means the judgements should be revisited. Group judgements are the geometric mean of the raters’.',
        '权重取两两比较矩阵的主特征向量；CI = (λmax − n)/(n − 1)，CR = CI / RI，RI 为 Saaty 随机一致性指标。CR ≥ 0.10 时应复核判断。小组判断取各评分人判断的几何平均。',
      ),
    },
    {
      kind: 'table',
      columns: [
        { header: 'n' },
        ...SAATY_RANDOM_INDEX.map((_, i) => ({ header: String(i + 1), align: 'center' as const })),
      ],
      rows: [['RI', ...SAATY_RANDOM_INDEX.map((v) => v.toFixed(2))]],
    },
    { kind: 'heading', text: 'TOPSIS' },
    {
      kind: 'paragraph',
      text: say(
        'Scores are vector-normalised (r_ij = x_ij / √Σ_ix_ij²) and weighted (v_ij = w_j·r_ij); A+ and A− are the best and worst value per criterion; closeness C_i = D_i− / (D_i+ + D_i−), where D are Euclidean distances to A+ and A− (Hwang & Yoon, 1981).',
        '评分先做向量归一化（r_ij = x_ij / √Σ_ix_ij²）并加权（v_ij = w_j·r_ij）；A+、A− 为各准则的最优与最劣值；贴近度 C_i = D_i− / (D_i+ + D_i−)，D 为到 A+、A− 的欧氏距离（Hwang 与 Yoon，1981）。',
      ),
    },
    { kind: 'heading', text: say('Critical path method', '关键路径法') },
    {
      kind: 'paragraph',
      text: say(
        'A forward pass gives each task its early start and finish (ES, EF = ES + duration) from its predecessors (FS, SS, FF, SF with lag); a backward pass gives the late start and finish (LS, LF). Total float = LS − ES; tasks with zero float form the critical path, in working days of the project calendar.',
        '正推计算各任务的最早开始与完成（ES，EF = ES + 工期），依据前置任务关系（FS、SS、FF、SF 及滞后）；逆推计算最晚开始与完成（LS，LF）。总时差 = LS − ES；总时差为零的任务构成关键路径，按项目日历的工作日计。',
      ),
    },
    { kind: 'heading', text: say('Total cost of ownership', '总拥有成本') },
    {
      kind: 'paragraph',
      text: say(
        'NPV = Σ_t C_t / (1 + r)^t for t = 0…H, with initial costs in year 0 and annual costs in years 1…H.',
        '净现值 NPV = Σ_t C_t / (1 + r)^t（t = 0…H），一次性投入计入第 0 年，年度费用计入第 1…H 年。',
      ),
    },
  ];
}

function glossaryBlocks(ctx: ModelContext): Block[] {
  const { say } = ctx;
  const terms: [string, string, string][] = [
    [
      'ERP',
      'Enterprise resource planning: materials, purchasing, inventory and finance.',
      '企业资源计划：物料、采购、库存与财务。',
    ],
    [
      'MES',
      'Manufacturing execution system: work orders, material consumption and output on the shop floor.',
      '制造执行系统：车间工单、物料消耗与产出。',
    ],
    [
      'iPaaS',
      'Integration platform as a service: middleware that connects systems through configured flows.',
      '集成平台即服务：通过配置数据流连接各系统的中间件。',
    ],
    [
      'AHP',
      'Analytic hierarchy process: weights from pairwise comparisons (Saaty).',
      '层次分析法：由两两比较得出权重（Saaty）。',
    ],
    ['TOPSIS', 'Ranking by closeness to the ideal solution.', '逼近理想解排序法。'],
    ['TCO', 'Total cost of ownership over the decision horizon.', '决策期限内的总拥有成本。'],
    ['RACI', 'Responsible, Accountable, Consulted, Informed.', '负责、批准、咨询、知会。'],
    [
      'CPM',
      'Critical path method: the chain of tasks that sets the finish date.',
      '关键路径法：决定完工日期的任务链。',
    ],
    [
      'EPCIS',
      'GS1 standard for traceability events (what, when, where, why).',
      'GS1 追溯事件标准（何物、何时、何地、为何）。',
    ],
    [
      'KDE / CTE',
      'Key data elements of critical tracking events (FSMA 204).',
      '关键追踪事件的关键数据元素（FSMA 204）。',
    ],
    [
      say('Lot / batch', '批次'),
      'A quantity produced or received under one identifier.',
      '以同一标识生产或接收的一定数量的物料。',
    ],
    [
      say('Gate', '阶段门'),
      'The checklist that must be met before the next phase starts.',
      '进入下一阶段前必须满足的检查清单。',
    ],
  ];
  return [
    {
      kind: 'table',
      columns: [
        { header: say('Term', '术语'), width: 0.2 },
        { header: say('Meaning', '含义'), width: 0.8 },
      ],
      rows: terms.map(([term, en, zh]) => [term, say(en, zh)]),
    },
  ];
}

export function appendixChapter(ctx: ModelContext): ReportChapter {
  const { say } = ctx;
  return {
    id: 'appendix',
    title: ctx.t(words.chapters.appendix),
    intro: [],
    subsections: [
      { title: say('Questionnaire answers', '问卷回答'), blocks: answerBlocks(ctx) },
      { title: say('Assumptions', '假设'), blocks: assumptionBlocks(ctx) },
      { title: say('Method notes', '方法说明'), blocks: methodBlocks(ctx) },
      { title: say('Glossary', '术语表'), blocks: glossaryBlocks(ctx) },
    ],
  };
}
