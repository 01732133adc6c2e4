import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  crashDetails,
  keepRecoveryCopy,
  saveCopy,
  type CrashPlatform,
} from '../../../renderer/app/error-boundary/crash-actions.ts';
import { DocumentErrorBoundary } from '../../../renderer/app/error-boundary/DocumentErrorBoundary.tsx';
import { panelWords } from '../../../renderer/app/error-boundary/strings.ts';
import { ErrorPanelBody } from '../../../renderer/app/error-boundary/ErrorPanel.tsx';
import type { SaveRequest } from '../../../renderer/platform/platform.ts';
import { createAppStore } from '../../../renderer/store/app-store.ts';
import { selectIsDirty } from '../../../renderer/store/selectors.ts';
import { parseProject } from '../../../shared/model/parse.ts';
import { serializeProject } from '../../../shared/model/serialize.ts';
import { exampleDocument } from '../shared/fixtures.ts';

/** A real store holding an edited project (two undo steps), attached to a file. */
function storeWithEditedProject(language: 'en' | 'zh-CN' = 'en') {
  const store = createAppStore({ preferences: { language } });
  store.getState().openDocument(exampleDocument(language), { id: 'f1', name: 'plant.trplan' });
  store.getState().updateMeta({ client: 'ACME Foods' });
  store.getState().updateMeta({ title: 'Line 3 traceability' });
  return store;
}

function fakePlatform(overrides: Partial<CrashPlatform> = {}): CrashPlatform {
  return {
    writeRecovery: vi.fn<CrashPlatform['writeRecovery']>(() => Promise.resolve()),
    saveProject: vi.fn<CrashPlatform['saveProject']>(({ suggestedName }) =>
      Promise.resolve({
        status: 'saved',
        file: { id: 'copy', name: suggestedName },
        isDownload: false,
      }),
    ),
    ...overrides,
  };
}

/** A fake platform whose calls the test reads back. */
function recordingPlatform() {
  const writes: Parameters<CrashPlatform['writeRecovery']>[0][] = [];
  const saves: SaveRequest[] = [];
  const platform = fakePlatform({
    writeRecovery: (snapshot) => {
      writes.push(snapshot);
      return Promise.resolve();
    },
    saveProject: (request) => {
      saves.push(request);
      return Promise.resolve({
        status: 'saved',
        file: { id: 'copy', name: request.suggestedName },
        isDownload: false,
      });
    },
  });
  return { platform, writes, saves };
}

const boom = new Error('Cannot read properties of undefined (reading "weights")');

describe('error boundary: the document survives a render error (issue 11, item 8)', () => {
  it('shows the panel in place of the children once an error is caught', () => {
    const store = storeWithEditedProject();
    const boundary = new DocumentErrorBoundary({
      scope: 'page',
      store,
      platform: fakePlatform(),
      onRecover: () => {},
      children: createElement('p', null, 'the page'),
    });
    expect(renderToStaticMarkup(boundary.render())).toBe('<p>the page</p>');

    boundary.state = { ...boundary.state, ...DocumentErrorBoundary.getDerivedStateFromError(boom) };
    const html = renderToStaticMarkup(boundary.render());
    expect(html).toContain('data-testid="error-panel-page"');
    expect(html).toContain('This page could not be shown');
    expect(html).toContain('reading &quot;weights&quot;');
    expect(html).not.toContain('the page');
  });

  it('writes the recovery copy at once, and leaves the document and its undo history alone', async () => {
    const store = storeWithEditedProject();
    const before = store.getState();
    const undoSteps = store.temporal.getState().pastStates.length;
    const platform = fakePlatform();

    expect(await keepRecoveryCopy(store, platform)).toBeNull();

    expect(platform.writeRecovery).toHaveBeenCalledOnce();
    expect(platform.writeRecovery).toHaveBeenCalledWith({
      document: before.doc,
      file: before.file,
    });
    const after = store.getState();
    expect(after.doc).toBe(before.doc);
    expect(after.doc?.meta.title).toBe('Line 3 traceability');
    expect(selectIsDirty(after)).toBe(true);
    expect(store.temporal.getState().pastStates.length).toBe(undoSteps);
    expect(undoSteps).toBeGreaterThan(0);
    expect(after.lastAutosaveAt).not.toBeNull();
  });

  it('writes nothing when there is nothing unsaved', async () => {
    const store = createAppStore();
    const { platform, writes } = recordingPlatform();
    expect(await keepRecoveryCopy(store, platform)).toBeNull(); // no project
    store.getState().openDocument(exampleDocument(), { id: 'f1', name: 'a.trplan' });
    expect(await keepRecoveryCopy(store, platform)).toBeNull(); // saved project
    expect(writes).toEqual([]);
  });

  it('says so, in both languages, when the recovery copy cannot be written', async () => {
    const store = storeWithEditedProject();
    const platform = fakePlatform({ writeRecovery: () => Promise.reject(new Error('disk full')) });
    const problem = await keepRecoveryCopy(store, platform);
    expect(problem?.en).toContain('disk full');
    expect(problem?.['zh-CN']).toContain('disk full');
  });

  it('"Save a copy" goes through Save As with the open document and keeps the original', async () => {
    const store = storeWithEditedProject();
    const before = store.getState();
    const { platform, saves } = recordingPlatform();

    const result = await saveCopy(store, platform);

    expect(result.status).toBe('saved');
    expect(saves).toHaveLength(1);
    const request = saves[0]!;
    expect(request.target).toBeNull(); // a dialog, never the original file
    expect(request.document).toBe(before.doc);
    expect(request.suggestedName).toBe('Line 3 traceability (copy).trplan');
    const reopened = parseProject(serializeProject(request.document));
    expect(reopened.ok && reopened.document.meta.title).toBe('Line 3 traceability');
    // The open project still belongs to its file and is still unsaved.
    expect(store.getState().file).toEqual({ id: 'f1', name: 'plant.trplan' });
    expect(selectIsDirty(store.getState())).toBe(true);
  });

  it('reports a failed save instead of throwing', async () => {
    const store = storeWithEditedProject();
    const platform = fakePlatform({ saveProject: () => Promise.reject(new Error('EACCES')) });
    const result = await saveCopy(store, platform);
    expect(result).toEqual({ status: 'failed', message: { en: 'EACCES', 'zh-CN': 'EACCES' } });
  });

  it.each([
    [
      'en',
      'page',
      ['This page could not be shown', 'Save a copy…', 'Copy details', 'Back to overview'],
    ],
    ['zh-CN', 'page', ['此页面无法显示', '保存副本…', '复制详情', '返回总览']],
    ['en', 'root', ['TraceReady ran into a problem', 'Save a copy…', 'Reload']],
    ['zh-CN', 'root', ['TraceReady 遇到了问题', '保存副本…', '重新加载']],
  ] as const)('speaks %s in the %s panel', (language, scope, expected) => {
    const store = storeWithEditedProject(language);
    const html = renderToStaticMarkup(
      createElement(ErrorPanelBody, {
        view: { language, isDark: false, hasDocument: true, isDirty: true, page: 'rollout' },
        scope,
        store,
        platform: fakePlatform(),
        error: boom,
        componentStack: null,
        recoveryProblem: null,
        onRecover: () => {},
      }),
    );
    for (const text of expected) expect(html).toContain(text);
  });

  it.each([
    [
      { scope: 'page', hasDocument: false, isDirty: false },
      'No project was open',
      'Back to overview',
    ],
    [
      { scope: 'page', hasDocument: true, isDirty: false },
      'with its undo history.',
      'Back to overview',
    ],
    [{ scope: 'root', hasDocument: true, isDirty: true }, 'a recovery copy', 'Reload'],
  ] as const)('promises only what is true: %o', (at, reassurance, recover) => {
    const words = panelWords(at);
    expect(words.reassurance.en).toContain(reassurance);
    expect(words.recover.en).toBe(recover);
  });

  it('puts the error and its stack in the details, and nothing from the document', () => {
    const store = storeWithEditedProject();
    const details = crashDetails({
      error: boom,
      componentStack: '\n    at RolloutPage',
      page: 'rollout',
      version: '1.2.3',
      userAgent: 'UA',
      at: new Date('2027-01-02T03:04:05Z'),
    });
    expect(details).toContain('TraceReady 1.2.3 — render error on page "rollout"');
    expect(details).toContain('Error: Cannot read properties of undefined');
    expect(details.split('Cannot read properties').length).toBe(2); // once, not twice
    expect(details).toContain('at RolloutPage');
    expect(details).not.toContain(store.getState().doc!.meta.title);
  });
});
