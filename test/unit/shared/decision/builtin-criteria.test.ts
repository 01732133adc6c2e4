import { describe, expect, it } from 'vitest';
import {
  archetypeLabels,
  builtinCriteria,
  criterionLabel,
} from '../../../../shared/decision/builtin-criteria.ts';
import { archetypes } from '../../../../shared/model/schema.ts';
import { hasCjk } from '../fixtures.ts';

describe('criterionLabel', () => {
  it.each([
    { name: 'Total cost', builtin: 'initial-cost', language: 'en', label: 'Total cost' },
    { name: '总成本', builtin: 'initial-cost', language: 'en', label: '总成本' },
    { name: 'Own', builtin: '', language: 'zh-CN', label: 'Own' },
    { name: '', builtin: 'initial-cost', language: 'en', label: 'Initial cost' },
    { name: '', builtin: 'initial-cost', language: 'zh-CN', label: '初期投入成本' },
    { name: '   ', builtin: 'scalability', language: 'zh-CN', label: '未来扩展性' },
    { name: '\t', builtin: 'references', language: 'en', label: 'References' },
    { name: '', builtin: 'service-capability', language: 'en', label: 'Local service capability' },
    { name: '', builtin: 'no-such-key', language: 'en', label: 'no-such-key' },
    { name: '', builtin: 'no-such-key', language: 'zh-CN', label: 'no-such-key' },
    { name: '', builtin: 'Initial-Cost', language: 'en', label: 'Initial-Cost' },
    { name: '', builtin: '', language: 'en', label: '' },
  ] as const)('$name / $builtin in $language → $label', ({ name, builtin, language, label }) => {
    expect(criterionLabel({ name, builtin }, language)).toBe(label);
  });

  // The builtin key comes from the file: names of Object.prototype members must not be found.
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])(
    'falls back to the key for the inherited name %s',
    (builtin) => {
      expect(criterionLabel({ name: '', builtin }, 'en')).toBe(builtin);
    },
  );
});

describe('builtinCriteria and archetypeLabels', () => {
  it('label and explain every built-in criterion in both languages', () => {
    const entries = Object.entries(builtinCriteria);
    expect(entries.length).toBe(9);
    for (const [key, { label, hint }] of entries) {
      expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(label.en.trim()).not.toBe('');
      expect(hint.en.trim()).not.toBe('');
      expect(hasCjk(label['zh-CN'])).toBe(true);
      expect(hasCjk(hint['zh-CN'])).toBe(true);
    }
  });

  it('label the three integration approaches A, B and C in both languages', () => {
    expect(Object.keys(archetypeLabels).sort()).toEqual([...archetypes].sort());
    expect(archetypes.map((a) => archetypeLabels[a].en.slice(0, 2))).toEqual(['A.', 'B.', 'C.']);
    for (const a of archetypes) expect(hasCjk(archetypeLabels[a]['zh-CN'])).toBe(true);
  });
});
