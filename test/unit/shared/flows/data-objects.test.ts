import { describe, expect, it } from 'vitest';
import { dataObjectCatalogue, isCatalogueObject } from '../../../../shared/flows/data-objects.ts';
import { entityId } from '../../../../shared/model/ids.ts';
import { exampleDocument, hasCjk } from '../fixtures.ts';

describe('dataObjectCatalogue', () => {
  it('has unique keys that are valid entity ids (flows store them as ids)', () => {
    const keys = dataObjectCatalogue.map((o) => o.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(entityId.safeParse(key).success).toBe(true);
  });

  it('labels every object in both languages', () => {
    for (const { label } of dataObjectCatalogue) {
      expect(label.en.trim()).not.toBe('');
      expect(hasCjk(label['zh-CN'])).toBe(true);
    }
    const en = dataObjectCatalogue.map((o) => o.label.en);
    expect(new Set(en).size).toBe(en.length);
  });

  it('covers every object the worked example moves', () => {
    const used = exampleDocument().flows.flows.flatMap((f) => f.objects);
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(isCatalogueObject(key)).toBe(true);
  });
});

describe('isCatalogueObject', () => {
  it.each([
    ['material-master', true],
    ['goods-receipt', true],
    ['certificate-of-analysis', true],
    ['Material-Master', false],
    ['material-master ', false],
    ['', false],
    ['pallet-label', false],
    ['constructor', false],
    ['__proto__', false],
    ['toString', false],
  ])('%j → %s', (key, expected) => {
    expect(isCatalogueObject(key)).toBe(expected);
  });
});
