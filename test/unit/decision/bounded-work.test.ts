import { describe, expect, it } from 'vitest';
import { evaluateDecision } from '../../../shared/decision/evaluate.ts';
import { MAX_AHP_SIBLINGS } from '../../../shared/model/limits.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { exampleDocument } from '../shared/fixtures.ts';

/** The example with `n` extra option sub-criteria under its first option criterion. */
function wideLevel(n: number, method: 'ahp' | 'direct'): ProjectDocument {
  const doc = structuredClone(exampleDocument());
  const d = doc.decision;
  const parent = d.criteria.find((c) => c.scope === 'option')!;
  const extra = Array.from({ length: n }, (_, i) => ({
    ...parent,
    id: `wide-${i}`,
    builtin: '',
    name: `Wide ${i}`,
    parentId: parent.id,
  }));
  d.criteria.push(...extra);
  d.weightMethod = method;
  const rater = d.raters[0]!.id;
  d.judgements.push({ id: 'j-wide', raterId: rater, rowId: 'wide-0', colId: 'wide-1', value: 9 });
  return doc;
}

describe('AHP builds matrices only for levels it is meant for (issue 11, item 1)', () => {
  it('a 400-criteria level with one judgement: no 400² matrix, equal weights, a warning', () => {
    const e = evaluateDecision(wideLevel(400, 'ahp'));
    const sizes = [...e.ahp.byRater.flatMap((r) => r.nodes), ...(e.ahp.group ?? [])].map(
      (n) => n.result.ids.length,
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_AHP_SIBLINGS);
    const warning = e.warnings.find((w) => w.code === 'ahp-level-too-large');
    expect(warning?.message.en).toContain(`more than ${MAX_AHP_SIBLINGS}`);
    expect(warning?.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    const weights = Array.from({ length: 400 }, (_, i) => e.weights.group[`wide-${i}`]!);
    for (const w of weights) expect(w).toBeCloseTo(weights[0]!, 12);
  });

  it('at exactly the cap the level is weighted by AHP and not reported', () => {
    const doc = wideLevel(MAX_AHP_SIBLINGS, 'ahp');
    const e = evaluateDecision(doc);
    expect(e.warnings.map((w) => w.code)).not.toContain('ahp-level-too-large');
    expect(e.weights.group['wide-0']!).toBeGreaterThan(e.weights.group['wide-1']!);
  });

  it('under the direct method a wide level is not reported as an AHP problem', () => {
    const e = evaluateDecision(wideLevel(400, 'direct'));
    expect(e.warnings.map((w) => w.code)).not.toContain('ahp-level-too-large');
  });
});

describe('contradictory judgements are reported, not silently last-wins (issue 11, item 2)', () => {
  const twice = (second: { rowId: string; colId: string; value: number }) => {
    const doc = wideLevel(3, 'ahp');
    const rater = doc.decision.raters[0]!.id;
    doc.decision.judgements.push({ id: 'j-again', raterId: rater, ...second });
    return evaluateDecision(doc).warnings.filter((w) => w.code === 'contradictory-judgements');
  };

  it.each([
    {
      what: 'same orientation, other value',
      second: { rowId: 'wide-0', colId: 'wide-1', value: 1 / 9 },
      count: 1,
    },
    {
      what: 'reversed orientation, other value',
      second: { rowId: 'wide-1', colId: 'wide-0', value: 9 },
      count: 1,
    },
    {
      what: 'reversed orientation, same meaning',
      second: { rowId: 'wide-1', colId: 'wide-0', value: 1 / 9 },
      count: 0,
    },
    { what: 'exact repeat', second: { rowId: 'wide-0', colId: 'wide-1', value: 9 }, count: 0 },
  ])('$what → $count warning(s)', ({ second, count }) => {
    const warnings = twice(second);
    expect(warnings).toHaveLength(count);
    if (count > 0) {
      expect(warnings[0]!.message.en).toMatch(/twice with different values/);
      expect(warnings[0]!.message['zh-CN']).toMatch(/比较了两次/);
    }
  });
});
