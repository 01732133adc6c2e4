import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAppStore } from '../../../renderer/store/app-store.ts';
import { selectIsDirty, selectProgress } from '../../../renderer/store/selectors.ts';
import { findTemplate, loadTemplateDocument } from '../../../shared/templates/catalog.ts';

const example = () => loadTemplateDocument(findTemplate('food-plant')!, 'en');

/** A store with a controllable clock, so typing windows are deterministic. */
function storeWithClock() {
  let t = 0;
  const store = createAppStore({ now: () => t });
  return { store, advance: (ms: number) => (t += ms) };
}

describe('document store', () => {
  it('starts with no project and ignores edits until one is open', () => {
    const store = createAppStore();
    store.getState().updateMeta({ title: 'x' });
    expect(store.getState().doc).toBeNull();
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('opening a project is not undoable and starts clean', () => {
    const store = createAppStore();
    store.getState().openDocument(example(), null);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(selectIsDirty(store.getState())).toBe(false);
  });

  it('edit, undo and redo move between the same document objects; dirty follows', () => {
    const store = createAppStore();
    store.getState().openDocument(example(), null);
    const original = store.getState().doc;
    store.getState().updateMeta({ client: 'ACME' });
    const edited = store.getState().doc;
    expect(edited?.meta.client).toBe('ACME');
    expect(selectIsDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(store.getState().doc).toBe(original);
    expect(selectIsDirty(store.getState())).toBe(false);
    store.getState().redo();
    expect(store.getState().doc).toBe(edited);
  });

  it('a typed word is one undo step; a pause starts a new one', () => {
    const { store, advance } = storeWithClock();
    store.getState().openDocument(example(), null);
    const before = store.getState().doc;
    const gesture = { key: 'meta.title' };
    for (const title of ['T', 'Tr', 'Tra', 'Trace']) {
      advance(200);
      store.getState().updateMeta({ title }, gesture);
    }
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    advance(5000);
    store.getState().updateMeta({ title: 'Trace plan' }, gesture);
    expect(store.temporal.getState().pastStates).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().doc?.meta.title).toBe('Trace');
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  it('a whole drag is one undo step, however many moves it sends', () => {
    const { store, advance } = storeWithClock();
    store.getState().openDocument(example(), null);
    const drag = { key: 'drag:1', windowMs: Number.POSITIVE_INFINITY };
    for (let i = 1; i <= 200; i++) {
      advance(16);
      store.getState().moveSystems(new Map([['sys-erp', { x: i, y: i }]]), drag);
    }
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().undo();
    const before = example().flows.systems.find((s) => s.id === 'sys-erp')?.position;
    expect(store.getState().doc?.flows.systems.find((s) => s.id === 'sys-erp')?.position).toEqual(
      before,
    );
  });

  it('an edit right after undo in the same field is undoable again', () => {
    const { store, advance } = storeWithClock();
    store.getState().openDocument(example(), null);
    const gesture = { key: 'meta.title' };
    store.getState().updateMeta({ title: 'A' }, gesture);
    store.getState().undo();
    advance(10);
    store.getState().updateMeta({ title: 'B' }, gesture);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('view state (page, language) never enters undo history', () => {
    const store = createAppStore();
    store.getState().openDocument(example(), null);
    store.getState().setPage('flows');
    store.getState().setLanguage('zh-CN');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('markSaved clears dirty only for the document that was saved', () => {
    const store = createAppStore();
    store.getState().openDocument(example(), null, { isDirty: true });
    expect(selectIsDirty(store.getState())).toBe(true);
    const saving = store.getState().doc!;
    store.getState().updateMeta({ site: 'edited while saving' });
    store.getState().markSaved({ id: 'a.trplan', name: 'a.trplan' }, saving);
    expect(selectIsDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(selectIsDirty(store.getState())).toBe(false);
  });

  it('removing systems removes their flows in the same undo step', () => {
    const store = createAppStore();
    store.getState().openDocument(example(), null);
    store.getState().removeSystems(new Set(['sys-trace']));
    const flows = store.getState().doc!.flows.flows;
    expect(flows.some((f) => f.sourceId === 'sys-trace' || f.targetId === 'sys-trace')).toBe(false);
    store.getState().undo();
    expect(store.getState().doc!.flows.flows).toHaveLength(11);
  });

  it('progress selector is stable between unrelated state changes', () => {
    const store = createAppStore();
    store.getState().openDocument(example(), null);
    const first = selectProgress(store.getState());
    store.getState().setPage('audit');
    expect(selectProgress(store.getState())).toBe(first);
  });

  it('property: any sequence of edits undone fully returns the opened document, redone fully returns the last', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 30 }),
        (titles) => {
          const store = createAppStore();
          store.getState().openDocument(example(), null);
          const opened = store.getState().doc;
          for (const title of titles) store.getState().updateMeta({ title });
          const last = store.getState().doc;
          const steps = store.temporal.getState().pastStates.length;
          for (let i = 0; i < steps; i++) store.getState().undo();
          expect(store.getState().doc).toBe(opened);
          for (let i = 0; i < steps; i++) store.getState().redo();
          expect(store.getState().doc).toBe(last);
        },
      ),
      { numRuns: 50 },
    );
  });
});
