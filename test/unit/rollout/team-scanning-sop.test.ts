import { describe, expect, it } from 'vitest';
import type { Localized } from '../../../shared/i18n/localized.ts';
import { scanningSop } from '../../../shared/rollout/scanning-sop.ts';

/** Every text of the SOP, with where it sits, walked from the data. */
function texts(value: unknown, path = 'sop'): [string, Localized][] {
  if (typeof value !== 'object' || value === null) return [];
  if ('en' in value && 'zh-CN' in value) return [[path, value as Localized]];
  return Object.entries(value).flatMap(([key, child]) => texts(child, `${path}.${key}`));
}

describe('the QR-code scanning SOP', () => {
  it('covers the four scan points the model’s traceability chain needs, in order', () => {
    expect(scanningSop.scanPoints.points.map((p) => p.id)).toEqual([
      'receiving',
      'issue-to-line',
      'production-output',
      'shipping',
    ]);
  });

  it('says how to scan, what to do when a scan fails, who to call and the KPI', () => {
    for (const section of [
      scanningSop.howToScan,
      scanningSop.whenScanFails,
      scanningSop.whoToCall,
      scanningSop.kpi,
    ]) {
      expect(section.lines.length).toBeGreaterThanOrEqual(3);
    }
    expect(scanningSop.whenScanFails.lines.map((l) => l.en).join(' ')).toMatch(
      /unreadable|damaged/,
    );
  });

  it.each(texts(scanningSop))(
    '%s is written in both languages, zh-CN with full-width punctuation',
    (_path, text) => {
      expect(text.en.trim()).not.toBe('');
      expect(text['zh-CN'].trim()).not.toBe('');
      expect(text['zh-CN']).not.toMatch(/[，。：；（）][ ]|[^\d ][,:;()]|[,:;()][^\d ]/u);
    },
  );
});
