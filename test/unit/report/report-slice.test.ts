import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/app-store.ts';
import { logoProblem, MAX_LOGO_BYTES } from '../../../shared/report/report-edits.ts';
import { findTemplate, loadTemplateDocument } from '../../../shared/templates/catalog.ts';

function openStore() {
  let t = 0;
  const store = createAppStore({ now: () => t });
  store.getState().openDocument(loadTemplateDocument(findTemplate('food-plant')!, 'en'), null);
  return { store, advance: (ms: number) => (t += ms) };
}

const steps = (store: ReturnType<typeof createAppStore>) =>
  store.temporal.getState().pastStates.length;

describe('report options in the store', () => {
  it('each choice is one undo step, kept in the document', () => {
    const { store } = openStore();
    store.getState().updateReport({ paper: 'letter' });
    store.getState().updateReport({ sections: ['summary', 'flows'] });
    store.getState().updateReport({ language: 'zh-CN' });
    expect(store.getState().doc?.report).toMatchObject({
      paper: 'letter',
      sections: ['summary', 'flows'],
      language: 'zh-CN',
    });
    expect(steps(store)).toBe(3);
    store.getState().undo();
    expect(store.getState().doc?.report.language).toBeNull();
  });

  it('typing the confidentiality line is one step per burst, and no change is no step', () => {
    const { store, advance } = openStore();
    for (const text of ['C', 'Co', 'Con', 'Conf']) {
      store.getState().updateReport({ confidentiality: text }, { key: 'report.confidentiality' });
      advance(100);
    }
    expect(steps(store)).toBe(1);
    store.getState().updateReport({ paper: 'a4' });
    store.getState().updateReport({ sections: [...store.getState().doc!.report.sections] });
    expect(steps(store)).toBe(1);
  });
});

describe('logoProblem', () => {
  const base64 = (bytes: number) => 'A'.repeat(Math.ceil((bytes * 4) / 3));
  it.each([
    [`data:image/png;base64,${base64(1000)}`, null],
    [`data:image/jpeg;base64,${base64(MAX_LOGO_BYTES)}`, null],
    [`data:image/png;base64,${base64(MAX_LOGO_BYTES + 10)}`, 'size'],
    [`data:image/gif;base64,${base64(100)}`, 'type'],
    ['data:image/svg+xml;base64,PHN2Zz4=', 'type'],
  ])('%#', (dataUrl, problem) => {
    expect(logoProblem(dataUrl)).toBe(problem);
  });
});
