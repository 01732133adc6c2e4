import { describe, expect, it } from 'vitest';
import { localized } from '../../../shared/i18n/localized.ts';
import {
  formatJudgement,
  formatPercent,
  joinChinese,
  nameList,
} from '../../../shared/decision/decision-text.ts';
import { thresholdSentence } from '../../../shared/decision/sensitivity-text.ts';

describe('formatPercent', () => {
  it.each([
    [0.41, '41%'],
    [0.406, '40.6%'],
    [0.40649, '40.6%'],
    [1, '100%'],
    [0, '0%'],
    [0.570454545, '57%'],
  ])('%d → %s', (share, text) => {
    expect(formatPercent(share)).toBe(text);
  });
});

describe('joinChinese', () => {
  it('spaces seams between Han and Latin, never inside a piece', () => {
    expect(
      joinChinese('当', '数据安全性', '权重超过', '41%', '时，', '定制开发', '超过', 'SaaS'),
    ).toBe('当数据安全性权重超过 41% 时，定制开发超过 SaaS');
    expect(joinChinese('方案A云', '超过')).toBe('方案A云超过');
    expect(joinChinese('SaaS', 'iPaaS')).toBe('SaaSiPaaS');
  });
});

describe('nameList and formatJudgement', () => {
  it('lists names in both languages', () => {
    expect(nameList(['A'])).toEqual({ en: 'A', zh: 'A' });
    expect(nameList(['A', 'B', 'C'])).toEqual({ en: 'A, B and C', zh: 'A、B 和 C' });
    expect(nameList(['甲', '乙'])).toEqual({ en: '甲 and 乙', zh: '甲和乙' });
    expect(nameList(['a', 'b', 'c', 'd', 'e'])).toEqual({
      en: 'a, b, c and 2 more',
      zh: 'a、b、c 等 5 项',
    });
  });
  it('writes judgements the way people enter them', () => {
    expect(formatJudgement(3)).toBe('3');
    expect(formatJudgement(1 / 3)).toBe('1/3');
    expect(formatJudgement(1.1275)).toBe('1.13');
  });
});

describe('thresholdSentence', () => {
  const security = localized('data security', '数据安全性');
  const names = ['SaaS', 'Custom development'];
  const name = (i: number) => names[i]!;

  it('says who overtakes whom, and from which weight, in both languages', () => {
    const s = thresholdSentence(
      { currentWeight: 0.2, top: 0, increase: { weight: 0.41, newTop: 1 }, decrease: null },
      security,
      name,
    );
    expect(s.en).toBe('Custom development overtakes SaaS when data security weighs more than 41%.');
    expect(s['zh-CN']).toBe('当数据安全性权重超过 41% 时，Custom development 超过 SaaS。');
  });

  it('covers both directions, no change, and a criterion holding every weight', () => {
    const both = thresholdSentence(
      {
        currentWeight: 0.5,
        top: 0,
        increase: { weight: 0.7, newTop: 1 },
        decrease: { weight: 0.25, newTop: 1 },
      },
      security,
      name,
    );
    expect(both.en).toContain(
      'weighs more than 70%; Custom development overtakes SaaS when data security weighs less than 25%.',
    );
    expect(both['zh-CN']).toContain('权重低于 25% 时');
    const none = thresholdSentence(
      { currentWeight: 0.5, top: 0, increase: null, decrease: null },
      security,
      name,
    );
    expect(none.en).toBe('SaaS stays first at any weight of data security from 0% to 100%.');
    expect(none['zh-CN']).toBe('数据安全性权重在 0%–100% 之间任意变化，SaaS 始终排名第一。');
    const all = thresholdSentence(
      { currentWeight: 1, top: 0, increase: null, decrease: null },
      security,
      name,
      false,
    );
    expect(all.en).toContain('carries all the weight');
    expect(all['zh-CN']).toContain('承担全部权重');
  });
});
