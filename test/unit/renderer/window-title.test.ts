import { describe, expect, it } from 'vitest';
import { windowTitle } from '../../../renderer/app/window-title.ts';
import { createI18n } from '../../../renderer/i18n/index.ts';

describe('windowTitle', () => {
  it.each([
    ['en', null, 'TraceReady'],
    ['en', { title: 'Suzhou pilot', isUnsaved: false }, 'Suzhou pilot — TraceReady'],
    ['en', { title: 'Suzhou pilot', isUnsaved: true }, 'Suzhou pilot (unsaved) — TraceReady'],
    ['en', { title: '  ', isUnsaved: true }, 'Untitled project (unsaved) — TraceReady'],
    ['zh-CN', { title: '苏州试点', isUnsaved: true }, '苏州试点（未保存） — TraceReady'],
  ] as const)('%s %j → %s', (language, project, expected) => {
    expect(windowTitle(project, createI18n(language).t)).toBe(expected);
  });
});
