import { describe, expect, it } from 'vitest';
import { builtinCriteria } from '../../../../shared/decision/builtin-criteria.ts';
import { entityId } from '../../../../shared/model/ids.ts';
import { checkReferences } from '../../../../shared/model/references.ts';
import { languages, projectSchema } from '../../../../shared/model/schema.ts';
import { serializeProject } from '../../../../shared/model/serialize.ts';
import {
  createProjectFromTemplate,
  findTemplate,
  loadTemplateDocument,
  projectTemplates,
  type ProjectTemplate,
} from '../../../../shared/templates/catalog.ts';
import { NOW, deepFreeze, exampleDocument, fixedContext, hasCjk } from '../fixtures.ts';

/** Keys whose string values are identities or references, so must not be translated. */
const isIdentityKey = (key: string) => key === 'id' || key.endsWith('Id') || key === 'builtin';

/** Keys whose values are translated prose; everything else is an enum and must match. */
const PROSE_KEYS = new Set([
  'value', // text answers of the self-audit
  'title',
  'client',
  'site',
  'consultant',
  'notes',
  'name',
  'description',
  'contact',
  'text',
  'goal',
  'reason',
  'frequency',
  'latency',
  'product',
  'location',
  'audience',
  'topic',
  'mitigation',
  'trigger',
  'materials',
  'scope',
  'note',
  'evidence',
  'unit',
  'language',
]);

/** Every `id` field, depth first in document order. */
function collectIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => collectIds(v, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' && typeof child === 'string') out.push(child);
      else collectIds(child, out);
    }
  }
  return out;
}

/**
 * The document with translated prose blanked out: what is left (ids, references, enums,
 * numbers, booleans, nulls, array lengths, key order) must be the same in every language.
 */
function skeleton(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => skeleton(v, key));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).map(([k, v]) => [k, skeleton(v, k)]);
  }
  if (typeof value === 'string' && PROSE_KEYS.has(key) && !isIdentityKey(key)) return '<text>';
  return value;
}

const byLanguage = (template: ProjectTemplate) =>
  languages.map((language) => ({ language, doc: loadTemplateDocument(template, language) }));

describe('project templates', () => {
  it('have unique, valid ids and names in both languages', () => {
    const ids = projectTemplates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['blank', 'food-plant']));
    for (const t of projectTemplates) {
      expect(entityId.safeParse(t.id).success).toBe(true);
      expect(t.name.en.trim()).not.toBe('');
      expect(t.description.en.trim()).not.toBe('');
      expect(hasCjk(t.name['zh-CN'])).toBe(true);
      expect(hasCjk(t.description['zh-CN'])).toBe(true);
    }
  });

  it('findTemplate finds by id and returns undefined for unknown ids', () => {
    expect(findTemplate('food-plant')?.kind).toBe('example');
    expect(findTemplate('blank')?.kind).toBe('starter');
    expect(findTemplate('Food-Plant')).toBeUndefined();
    expect(findTemplate('')).toBeUndefined();
    expect(findTemplate('constructor')).toBeUndefined();
  });

  describe.each(projectTemplates.map((t) => ({ id: t.id, t })))('template $id', ({ t }) => {
    it('loads in both languages with its own language and template id', () => {
      for (const { language, doc } of byLanguage(t)) {
        expect(doc.meta.language).toBe(language);
        expect(doc.meta.templateId).toBe(t.id);
        expect(checkReferences(doc)).toEqual([]);
      }
    });

    it('has the same entity ids, in the same order, in en and zh-CN', () => {
      const en = collectIds(loadTemplateDocument(t, 'en'));
      const zh = collectIds(loadTemplateDocument(t, 'zh-CN'));
      expect(en.length).toBeGreaterThan(0);
      expect(zh).toEqual(en);
      expect(new Set(en).size).toBe(en.length);
    });

    it('differs between en and zh-CN only in translated text', () => {
      const en = loadTemplateDocument(t, 'en');
      const zh = loadTemplateDocument(t, 'zh-CN');
      expect(skeleton(zh)).toEqual(skeleton(en));
      expect(zh.meta.title).not.toBe(en.meta.title);
      expect(hasCjk(zh.meta.title)).toBe(true);
      expect(hasCjk(en.meta.title)).toBe(false);
    });

    it('uses only built-in criterion keys that have labels', () => {
      for (const { doc } of byLanguage(t)) {
        for (const c of doc.decision.criteria) {
          if (c.builtin !== '') expect(Object.keys(builtinCriteria)).toContain(c.builtin);
        }
      }
    });

    it('creates a new project with a fresh id, the given dates and language', () => {
      for (const language of languages) {
        const doc = createProjectFromTemplate(t, language, fixedContext('proj'));
        const loaded = loadTemplateDocument(t, language);
        expect(doc.id).toBe('proj-1');
        expect(doc.id).not.toBe(loaded.id);
        expect(doc.meta).toEqual({
          ...loaded.meta,
          language,
          createdAt: NOW,
          updatedAt: NOW,
          templateId: t.id,
        });
        expect(doc.decision).toEqual(loaded.decision);
        expect(doc.rollout).toEqual(loaded.rollout);
        expect(projectSchema.safeParse(doc).success).toBe(true);
        expect(checkReferences(doc)).toEqual([]);
        expect(() => serializeProject(doc)).not.toThrow();
      }
    });
  });

  it('the skeleton comparison notices a changed number, reference or enum', () => {
    const en = exampleDocument();
    const changes: ((d: typeof en) => void)[] = [
      (d) => (d.decision.horizonYears = 5),
      (d) => (d.decision.criteria[0]!.direction = 'benefit'),
      (d) => (d.decision.candidates[0]!.vendorId = 'vendor-x'),
      (d) => d.rollout.phases.pop(),
    ];
    for (const change of changes) {
      const other = structuredClone(en);
      change(other);
      expect(skeleton(other)).not.toEqual(skeleton(en));
    }
    const retitled = { ...en, meta: { ...en.meta, title: '另一个标题' } };
    expect(skeleton(retitled)).toEqual(skeleton(en));
  });

  it('gives two projects from the same template different ids', () => {
    const template = findTemplate('blank');
    if (!template) throw new Error('blank template missing');
    const context = fixedContext('p');
    const a = createProjectFromTemplate(template, 'en', context);
    const b = createProjectFromTemplate(template, 'en', context);
    expect(a.id).not.toBe(b.id);
  });

  it('does not let a created project share objects with the template', () => {
    const template = findTemplate('food-plant');
    if (!template) throw new Error('example template missing');
    deepFreeze(template.documents);
    const doc = createProjectFromTemplate(template, 'zh-CN', fixedContext());
    doc.decision.candidates[0]!.name = 'changed';
    expect(loadTemplateDocument(template, 'zh-CN').decision.candidates[0]?.name).not.toBe(
      'changed',
    );
  });

  it('throws a descriptive error for an invalid template', () => {
    const bad: ProjectTemplate = {
      id: 'bad',
      kind: 'starter',
      name: { en: 'Bad', 'zh-CN': '坏' },
      description: { en: '', 'zh-CN': '' },
      documents: { en: { schemaVersion: 1, id: 'x', meta: {} }, 'zh-CN': [] },
    };
    expect(() => loadTemplateDocument(bad, 'en')).toThrow(/Template bad \(en\).*\/meta\/createdAt/);
    expect(() => loadTemplateDocument(bad, 'zh-CN')).toThrow(/Template bad \(zh-CN\)/);
  });
});
