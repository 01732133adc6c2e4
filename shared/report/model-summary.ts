import { dimensionNames, hasAudit } from './model-audit.ts';
import { hasRanking, type ModelContext } from './model-context.ts';
import { firstChoice } from './model-options.ts';
import { rankedRisks } from './model-rollout.ts';
import { words } from './report-text.ts';
import type { Block, ReportChapter } from './types.ts';

/**
 * The one-page executive summary: readiness and top gaps, the recommendation and how robust it
 * is, the 3-year TCO, the timeline and critical path, top risks, and the decisions to take.
 * Every list is cut short so the page holds.
 */

export function summaryChapter(ctx: ModelContext): ReportChapter {
  const { say, audit, option: e, schedule, doc } = ctx;
  const figures: { label: string; value: string }[] = [];
  const blocks: Block[] = [];
  const decisions: string[] = [];
  const dash = '—';

  // Readiness and gaps
  const readiness = audit.readiness.overall;
  figures.push({
    label: say('Readiness index (of 100)', '准备度指数（满分 100）'),
    value: readiness === null ? dash : ctx.number(readiness),
  });
  if (hasAudit(ctx)) {
    const names = dimensionNames(ctx);
    const weakest = [...audit.readiness.dimensions]
      .filter((d) => d.gap !== null && d.gap > 0)
      .sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0))
      .slice(0, 2)
      .map((d) =>
        say(
          `${names.get(d.dimensionId)} (${ctx.number(d.readiness ?? 0)} against ${ctx.number(d.target)})`,
          `${names.get(d.dimensionId)}（${ctx.number(d.readiness ?? 0)}，目标 ${ctx.number(d.target)}）`,
        ),
      );
    blocks.push({ kind: 'heading', text: say('Readiness and top gaps', '准备度与主要差距') });
    blocks.push({
      kind: 'paragraph',
      text:
        weakest.length > 0
          ? say(`Largest gaps: ${weakest.join('; ')}.`, `差距最大的维度：${weakest.join('；')}。`)
          : say('Every dimension meets its target.', '各维度均已达到目标。'),
    });
    blocks.push({ kind: 'bullets', items: audit.recommendations.slice(0, 2).map((r) => r.text) });
    for (const flag of audit.redFlags.filter((f) => f.severity === 'high').slice(0, 2))
      decisions.push(ctx.t(flag.message));
  } else blocks.push({ kind: 'paragraph', tone: 'muted', text: ctx.t(words.notFilled.audit) });

  // Recommendation and robustness
  const choice = hasRanking(e) ? firstChoice(e) : null;
  figures.push({ label: say('Recommended option', '推荐方案'), value: choice?.first.name ?? dash });
  if (choice) {
    const probability =
      e.monteCarlo.subjects.find((s) => s.subjectId === choice.first.subjectId)?.firstProbability ??
      0;
    const tco = e.tco.find((c) => c.candidateId === choice.first.subjectId);
    figures.push({
      label: say(
        `${doc.decision.horizonYears}-year TCO of the recommendation`,
        `推荐方案 ${doc.decision.horizonYears} 年总拥有成本`,
      ),
      value: tco?.hasCosts ? ctx.money(tco.total) : dash,
    });
    const margin =
      choice.second && choice.margin !== null
        ? say(
            `, ${ctx.number(choice.margin * 100, 1)} points ahead of ${choice.second.name}`,
            `，领先${choice.second.name} ${ctx.number(choice.margin * 100, 1)} 分`,
          )
        : '';
    const disputed = [...e.disagreement].sort((a, b) => b.maxRange - a.maxRange)[0];
    const disputedLabel = disputed
      ? e.criteria.find((c) => c.id === disputed.criterionId)
      : undefined;
    blocks.push({
      kind: 'heading',
      text: say('Recommendation and how robust it is', '推荐方案及其稳健性'),
    });
    blocks.push({
      kind: 'paragraph',
      text:
        say(
          `${choice.first.name} ranks first with ${ctx.number(choice.first.score * 100, 1)} of 100${margin}; TOPSIS ${e.agreement.hasSameTop ? 'agrees' : 'ranks differently'}. It ranks first in ${ctx.percent(probability)} of ${ctx.number(e.monteCarlo.samples)} simulated score draws.`,
          `${choice.first.name}以 ${ctx.number(choice.first.score * 100, 1)} 分（满分 100）排名第一${margin}；TOPSIS ${e.agreement.hasSameTop ? '结论一致' : '排名不同'}。在 ${ctx.number(e.monteCarlo.samples)} 次评分模拟中，有 ${ctx.percent(probability)} 排名第一。`,
        ) +
        (disputedLabel && disputed && disputed.maxRange > 0
          ? say(
              ` Raters disagree most on ${ctx.t(disputedLabel.label)} (spread ${ctx.number(disputed.maxRange, 1)}).`,
              `评分人分歧最大的是${ctx.t(disputedLabel.label)}（极差 ${ctx.number(disputed.maxRange, 1)}）。`,
            )
          : ''),
    });
    const nearest = e.thresholds
      .filter((t) => t.isLeaf && (t.increase || t.decrease))
      .map((t) => ({
        t,
        distance: Math.min(
          ...[t.increase, t.decrease]
            .filter((x) => x !== null)
            .map((x) => Math.abs(x.weight - t.currentWeight)),
        ),
      }))
      .sort((a, b) => a.distance - b.distance)
      .slice(0, 2);
    if (nearest.length > 0)
      blocks.push({ kind: 'bullets', items: nearest.map((n) => ctx.t(n.t.sentence)) });
    decisions.push(
      say(
        `Approve ${choice.first.name} as the integration approach${tco?.hasCosts ? ` and its budget of ${ctx.money(tco.total)} over ${doc.decision.horizonYears} years` : ''}.`,
        `批准采用${choice.first.name}${tco?.hasCosts ? `，及其 ${doc.decision.horizonYears} 年 ${ctx.money(tco.total)} 的预算` : ''}。`,
      ),
    );
  } else {
    figures.push({ label: say('3-year TCO', '三年总拥有成本'), value: dash });
    blocks.push({ kind: 'paragraph', tone: 'muted', text: ctx.t(words.notFilled.options) });
  }

  // Timeline, critical path, risks
  figures.push({ label: say('Final go-live', '全面上线'), value: schedule.finish ?? dash });
  if (schedule.start) {
    const names = new Map(doc.rollout.tasks.map((t) => [t.id, t.name]));
    const phases = doc.rollout.phases
      .map((p) => ({ p, d: schedule.phases.get(p.id) }))
      .filter((x) => x.d)
      .map(({ p, d }) =>
        say(
          `${p.name}: ${d!.start} – ${d!.goLive ?? d!.finish}`,
          `${p.name}：${d!.start} – ${d!.goLive ?? d!.finish}`,
        ),
      );
    blocks.push({ kind: 'heading', text: say('Rollout timeline', '上线时间表') });
    blocks.push({ kind: 'bullets', items: phases });
    const critical = schedule.criticalPath;
    const kinds = new Map(doc.rollout.tasks.map((t) => [t.id, t.kind]));
    const landmarks = critical.filter(
      (id) => kinds.get(id) === 'go-live' || kinds.get(id) === 'milestone',
    );
    const ends = critical.length > 0 ? [critical[0]!, critical.at(-1)!] : [];
    const through = (landmarks.length > 0 ? landmarks : ends).map((id) => names.get(id) ?? id);
    if (critical.length > 0)
      blocks.push({
        kind: 'paragraph',
        text: say(
          `Critical path: ${critical.length} tasks with no slack, through ${through.join(' → ')} (listed in step 3).`,
          `关键路径：${critical.length} 项无浮动时间的任务，经过${through.join(' → ')}（详见第三步）。`,
        ),
      });
    decisions.push(
      say(
        `Release the task force from ${schedule.start} to start phase 1.`,
        `批准专项小组自 ${schedule.start} 起启动第一阶段。`,
      ),
    );
  } else blocks.push({ kind: 'paragraph', tone: 'muted', text: ctx.t(words.notFilled.rollout) });
  const risks = rankedRisks(ctx).slice(0, 3);
  if (risks.length > 0) {
    blocks.push({ kind: 'heading', text: say('Top risks', '主要风险') });
    blocks.push({
      kind: 'bullets',
      items: risks.map((r) =>
        say(
          `${r.label} ${r.risk.text} (${r.risk.likelihood}×${r.risk.impact})`,
          `${r.label} ${r.risk.text}（${r.risk.likelihood}×${r.risk.impact}）`,
        ),
      ),
    });
  }
  if (audit.preconditions.length > 0)
    decisions.push(
      say(
        'Fund the data cleansing that must finish before integration starts.',
        '为对接前必须完成的数据清理提供资源。',
      ),
    );
  if (!doc.rollout.team.some((m) => m.role === 'sponsor'))
    decisions.push(say('Name a senior sponsor for the task force.', '为专项小组指定高层发起人。'));
  blocks.push({ kind: 'heading', text: say('Decisions for management', '需管理层决策的事项') });
  blocks.push(
    decisions.length > 0
      ? { kind: 'bullets', items: decisions.slice(0, 5) }
      : { kind: 'paragraph', text: say('None yet.', '暂无。') },
  );
  return {
    id: 'summary',
    title: ctx.t(words.chapters.summary),
    intro: [{ kind: 'figures', items: figures }, ...blocks],
    subsections: [],
  };
}
