import { describe, expect, it } from 'vitest';
import { loadPresets, loadQuestionnaire, presetFor } from '../../../shared/audit/catalog.ts';
import {
  allQuestions,
  isScored,
  type Question,
  type Questionnaire,
} from '../../../shared/audit/questionnaire.ts';
import { hasCjk } from '../shared/fixtures.ts';

/**
 * The self-audit templates (templates/audit/): zh-CN and en must be the same questionnaire in
 * two languages, and every cross-reference inside them must hold.
 */

const en = loadQuestionnaire('en');
const zh = loadQuestionnaire('zh-CN');

/** Everything but the words: what must be identical in both languages. */
function structure(q: Questionnaire) {
  return {
    id: q.id,
    version: q.version,
    dimensions: q.dimensions.map((d) => ({ id: d.id, pitfall: d.pitfall })),
    sections: q.sections.map((s) => ({
      id: s.id,
      dimensionId: s.dimensionId,
      questions: s.questions.map((x) => ({
        id: x.id,
        type: x.type,
        department: x.department,
        weight: x.weight,
        options: x.options.map((o) => ({ id: o.id, score: o.score })),
        levels: x.levels.length,
        scale: x.scale,
        unit: x.unit === '' ? '' : 'set',
        showIf: x.showIf,
        preconditionAt: x.preconditionAt,
        isEvidence: x.isEvidence,
        hasRecommendation: x.recommendation !== '',
        placeholders: x.recommendation.match(/\{\{\w+\}\}/g) ?? [],
      })),
    })),
  };
}

/** Every translatable text, paired by position. */
function texts(q: Questionnaire): string[] {
  return [
    ...q.dimensions.map((d) => d.name),
    ...q.sections.map((s) => s.title),
    ...allQuestions(q).flatMap((x) => [
      x.text,
      ...x.options.map((o) => o.label),
      ...x.levels,
      ...(x.recommendation === '' ? [] : [x.recommendation]),
    ]),
  ];
}

describe('questionnaire templates in en and zh-CN', () => {
  it('load and carry their language', () => {
    expect(en.language).toBe('en');
    expect(zh.language).toBe('zh-CN');
  });

  it('have the six dimensions of step 1 in the same order', () => {
    const ids = ['goal', 'systems', 'flows', 'team', 'supply-chain', 'governance'];
    expect(en.dimensions.map((d) => d.id)).toEqual(ids);
    expect(zh.dimensions.map((d) => d.id)).toEqual(ids);
    expect(en.dimensions.map((d) => d.pitfall)).toEqual([
      null,
      null,
      'full-interface',
      null,
      'half-chain',
      'pure-it',
    ]);
  });

  it('have an identical structure: ids, order, types, options, weights, scales, conditions', () => {
    expect(structure(zh)).toEqual(structure(en));
    expect(allQuestions(zh).map((q) => q.id)).toEqual(allQuestions(en).map((q) => q.id));
  });

  it('differ in every text, and the Chinese text is Chinese', () => {
    const enTexts = texts(en);
    const zhTexts = texts(zh);
    expect(zhTexts).toHaveLength(enTexts.length);
    const untranslated = zhTexts.filter((t, i) => t === enTexts[i] && /[a-z]{3}/i.test(t));
    expect(untranslated).toEqual([]);
    expect(zhTexts.filter((t) => !hasCjk(t) && /[a-z]{3}/i.test(t))).toEqual([]);
    expect(enTexts.filter((t) => hasCjk(t))).toEqual([]);
  });
});

describe('questionnaire consistency (en; zh-CN has the same structure)', () => {
  const questions = allQuestions(en);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const dimensionIds = new Set(en.dimensions.map((d) => d.id));

  it('has unique question ids, each section in a known dimension', () => {
    expect(byId.size).toBe(questions.length);
    expect(en.sections.filter((s) => !dimensionIds.has(s.dimensionId))).toEqual([]);
    for (const d of en.dimensions) {
      expect(en.sections.some((s) => s.dimensionId === d.id)).toBe(true);
    }
  });

  it('points every showIf at an earlier question and at options that exist', () => {
    const seen = new Set<string>();
    const broken: string[] = [];
    for (const q of questions) {
      if (q.showIf) {
        const target = byId.get(q.showIf.questionId);
        if (!seen.has(q.showIf.questionId) || !target) broken.push(`${q.id}: not earlier`);
        for (const id of q.showIf.anyOf ?? []) {
          if (!target?.options.some((o) => o.id === id)) broken.push(`${q.id}: option ${id}`);
        }
      }
      seen.add(q.id);
    }
    expect(broken).toEqual([]);
    expect(questions.filter((q) => q.showIf).map((q) => q.id)).toEqual([
      'goal.serial-labels',
      'goal.serial-capture',
      'flows.two-way',
      'flows.two-way-reason',
    ]);
  });

  it('gives every maturity question six levels (0–5) and no other question any', () => {
    const wrong = questions.filter((q) => (q.type === 'maturity' ? 6 : 0) !== q.levels.length);
    expect(wrong.map((q) => q.id)).toEqual([]);
    expect(questions.filter((q) => q.type === 'maturity').length).toBeGreaterThanOrEqual(4);
  });

  it('scores all or none of a choice question’s options; a multi-choice tops out at 5', () => {
    const choice = questions.filter((q) => q.type === 'single' || q.type === 'multi');
    const mixed = choice.filter((q) => {
      const scored = q.options.filter((o) => o.score !== null).length;
      return scored !== 0 && scored !== q.options.length;
    });
    expect(mixed.map((q) => q.id)).toEqual([]);
    expect(choice.filter((q) => q.options.length < 2).map((q) => q.id)).toEqual([]);
    for (const q of choice.filter((x) => x.type === 'multi' && isScored(x))) {
      expect(q.options.reduce((sum, o) => sum + (o.score ?? 0), 0)).toBeGreaterThanOrEqual(5);
    }
  });

  it('scores number questions only through a scale and places thresholds inside it', () => {
    const wrong: string[] = [];
    for (const q of questions) {
      if (q.scale && q.type !== 'number' && q.type !== 'percent') wrong.push(`${q.id}: scale`);
      if (q.preconditionAt !== null) {
        const low = Math.min(q.scale?.worst ?? NaN, q.scale?.best ?? NaN);
        const high = Math.max(q.scale?.worst ?? NaN, q.scale?.best ?? NaN);
        if (!(q.preconditionAt >= low && q.preconditionAt <= high)) wrong.push(`${q.id}: at`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('writes advice only for scored questions, placeholders only for figures', () => {
    const advised = questions.filter((q) => q.recommendation !== '');
    expect(advised.filter((q) => !isScored(q)).map((q) => q.id)).toEqual([]);
    const placeholders = (q: Question) => /\{\{(value|missing)\}\}/.test(q.recommendation);
    expect(
      questions.filter((q) => placeholders(q) && q.type !== 'percent' && q.type !== 'number'),
    ).toEqual([]);
    // A figure with a threshold must say what to do when it is missed.
    expect(questions.filter((q) => q.preconditionAt !== null && !placeholders(q))).toEqual([]);
  });
});

describe('industry presets', () => {
  const presetsEn = loadPresets('en');
  const presetsZh = loadPresets('zh-CN');
  const byId = new Map(allQuestions(en).map((q) => [q.id, q]));

  it('cover the five industries of the model in both languages', () => {
    const industries = ['food', 'pharma', 'automotive', 'electronics', 'chemicals'];
    expect(presetsEn.map((p) => p.industry)).toEqual(industries);
    expect(presetsZh.map((p) => p.industry)).toEqual(industries);
    expect(presetFor('other', 'en')).toBeUndefined();
    expect(presetFor('pharma', 'zh-CN')?.name).toBe(presetsZh[1]?.name);
  });

  it('are identical in both languages apart from the name and typical-systems text', () => {
    const strip = ({ name: _n, typicalSystems, ...rest }: (typeof presetsEn)[number]) => ({
      ...rest,
      systems: typicalSystems.length,
    });
    expect(presetsZh.map(strip)).toEqual(presetsEn.map(strip));
    presetsEn.forEach((p, i) => {
      const zhName = presetsZh[i]?.name ?? '';
      expect(zhName).not.toBe(p.name);
      expect(hasCjk(zhName)).toBe(true);
    });
  });

  it('name only questions and dimensions that exist, and default to valid options', () => {
    const dimensionIds = en.dimensions.map((d) => d.id);
    const broken: string[] = [];
    for (const preset of presetsEn) {
      for (const id of Object.keys(preset.weights)) {
        if (!byId.has(id)) broken.push(`${preset.industry} weight ${id}`);
      }
      for (const id of Object.keys(preset.targets)) {
        if (!dimensionIds.includes(id)) broken.push(`${preset.industry} target ${id}`);
      }
      for (const [id, value] of Object.entries(preset.defaultAnswers)) {
        const q = byId.get(id);
        const optionIds = q?.options.map((o) => o.id) ?? [];
        const values = Array.isArray(value) ? value : [value];
        const isNumeric = q?.type === 'number' || q?.type === 'percent';
        const isValid =
          q !== undefined &&
          (isNumeric
            ? typeof value === 'number' && Number.isFinite(value)
            : (q.type === 'multi' ? Array.isArray(value) : typeof value === 'string') &&
              values.every((v) => typeof v === 'string' && optionIds.includes(v)));
        if (!isValid) broken.push(`${preset.industry} default ${id}=${JSON.stringify(value)}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('set a granularity for every industry (lot for food and chemicals, serial for pharma)', () => {
    const granularity = Object.fromEntries(
      presetsEn.map((p) => [p.industry, p.defaultAnswers['goal.granularity']]),
    );
    expect(granularity).toEqual({
      food: 'lot',
      pharma: 'serial',
      automotive: 'mixed',
      electronics: 'mixed',
      chemicals: 'lot',
    });
  });
});
