import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataObjectCatalogue } from '../../../shared/flows/data-objects.ts';
import { rekeyDiagram, replaceDiagram } from '../../../shared/flows/diagram-edits.ts';
import {
  DIAGRAM_MODEL_FORMAT,
  DIAGRAM_MODEL_VERSION,
  exportDiagramModel,
  importDiagramModel,
  serializeDiagramModel,
} from '../../../shared/flows/diagram-model.ts';
import { MAX_ID_LENGTH } from '../../../shared/model/ids.ts';
import { parseProjectValue } from '../../../shared/model/parse.ts';
import { entityLists } from '../../../shared/model/references.ts';
import { flowsSchema, type ProjectDocument } from '../../../shared/model/schema.ts';
import { serializeProject } from '../../../shared/model/serialize.ts';
import { projectTemplates, loadTemplateDocument } from '../../../shared/templates/catalog.ts';
import { deepFreeze, exampleDocument, fixedContext } from '../shared/fixtures.ts';

/**
 * Issue 11, item 5: a diagram import whose system id collided with a rater id made the project
 * fail its own check on save. Whatever an import accepts must save: for any project and any
 * diagram model the import accepts, the project after the import passes `parseProjectValue`
 * (what a desktop save runs) and serialises.
 */

/** What a save checks: the document as it crosses IPC (plain JSON), parsed again. */
const saveCheck = (doc: ProjectDocument) =>
  parseProjectValue(JSON.parse(JSON.stringify(doc)), fixedContext());

const allIds = (doc: ProjectDocument) =>
  entityLists(doc).flatMap(([, , items]) => items.map((item: { id: string }) => item.id));

const LONG_ID = 'r'.repeat(MAX_ID_LENGTH);

/** Every shipped template in both languages, some with a rater whose id is as long as allowed. */
const projects: ProjectDocument[] = projectTemplates.flatMap((template) =>
  (['en', 'zh-CN'] as const).flatMap((language) => {
    const doc = loadTemplateDocument(template, language);
    const withLongRater: ProjectDocument = {
      ...doc,
      decision: {
        ...doc.decision,
        raters: [...doc.decision.raters, { id: LONG_ID, name: 'Long', department: 'qc' }],
      },
    };
    return [doc, withLongRater].map(deepFreeze);
  }),
);

const idText = fc.stringMatching(/^[A-Za-z0-9_.:-]{1,80}$/);
const catalogueKeys = dataObjectCatalogue.map((o) => o.key);

/**
 * A valid diagram model for `doc`: its ids drawn half from the project's own ids (of every
 * kind, so collisions with raters, tasks, criteria… are common) and half at random; flows join
 * the model's systems, carry catalogue and custom objects, and name phases of this plan, of no
 * plan, or none.
 */
function modelFor(doc: ProjectDocument) {
  const projectIds = [...new Set(allIds(doc))];
  const phaseIds = doc.rollout.phases.map((p) => p.id);
  const id = fc.oneof(fc.constantFrom(...projectIds), idText);
  return fc
    .record({
      ids: fc.uniqueArray(id, { minLength: 1, maxLength: 24 }),
      split: fc.tuple(fc.nat(), fc.nat(), fc.nat()),
    })
    .chain(({ ids, split: [a, b, c] }) => {
      // One unique list, cut into systems (at least one), flows, custom objects and notes.
      const n = ids.length;
      const systemsEnd = 1 + (a % n);
      const flowsEnd = systemsEnd + (b % (n - systemsEnd + 1));
      const objectsEnd = flowsEnd + (c % (n - flowsEnd + 1));
      const systemIds = ids.slice(0, systemsEnd);
      const objectIds = ids.slice(flowsEnd, objectsEnd);
      const objectKey = fc.constantFrom(...catalogueKeys, ...objectIds);
      const flow = (flowId: string) =>
        fc.record({
          id: fc.constant(flowId),
          sourceId: fc.constantFrom(...systemIds),
          targetId: fc.constantFrom(...systemIds),
          objects: fc.uniqueArray(objectKey, { maxLength: 4 }),
          phaseId: fc.oneof(
            fc.constant(null),
            ...(phaseIds.length > 0 ? [fc.constantFrom(...phaseIds)] : []),
            idText,
          ),
        });
      return fc.tuple(...ids.slice(systemsEnd, flowsEnd).map(flow)).map((flows) =>
        flowsSchema.parse({
          // Systems and objects are named by their original id, to follow them through a re-key.
          systems: systemIds.map((sid) => ({ id: sid, kind: 'erp', name: sid })),
          flows,
          customObjects: objectIds.map((oid) => ({ id: oid, name: oid })),
          notes: ids.slice(objectsEnd).map((nid) => ({ id: nid, text: nid })),
        }),
      );
    });
}

const modelText = (flows: ProjectDocument['flows']) =>
  JSON.stringify({
    format: DIAGRAM_MODEL_FORMAT,
    version: DIAGRAM_MODEL_VERSION,
    source: { projectId: 'elsewhere', title: 'Another project' },
    ...flows,
  });

describe('a diagram import always leaves a project that saves', () => {
  it('re-keys a system whose id is a rater’s, and the flows that use it', () => {
    const doc = exampleDocument();
    const raterId = doc.decision.raters[0]!.id;
    const model = exportDiagramModel(doc);
    const oldId = model.systems[0]!.id;
    const text = serializeDiagramModel(model).replaceAll(`"${oldId}"`, `"${raterId}"`);
    const imported = importDiagramModel(text);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;

    const next = replaceDiagram(doc, imported.flows);
    expect(saveCheck(next).ok).toBe(true);
    expect(() => serializeProject(next)).not.toThrow();
    const moved = next.flows.systems[0]!;
    expect(moved.id).toBe(`${raterId}-2`);
    expect(moved.name).toBe(doc.flows.systems[0]!.name);
    const ends = next.flows.flows.flatMap((f) => [f.sourceId, f.targetId]);
    expect(ends).toContain(moved.id);
    expect(ends).not.toContain(raterId);
    // The rater keeps its id: the project's own references are not disturbed.
    expect(next.decision.raters[0]!.id).toBe(raterId);
    // Without the collision, the import was refused on save before this fix.
    expect(saveCheck({ ...doc, flows: imported.flows }).ok).toBe(false);
  });

  it('shortens a re-keyed id to the 80-character limit and skips ids already in use', () => {
    const taken = new Set([LONG_ID, `${LONG_ID.slice(0, 78)}-2`]);
    const flows = flowsSchema.parse({
      systems: [
        { id: LONG_ID, kind: 'erp' },
        { id: 'b', kind: 'mes' },
      ],
      flows: [{ id: 'f', sourceId: LONG_ID, targetId: 'b' }],
    });
    const rekeyed = rekeyDiagram(flows, taken);
    expect(rekeyed.systems[0]!.id).toBe(`${LONG_ID.slice(0, 78)}-3`);
    expect(rekeyed.flows[0]!.sourceId).toBe(rekeyed.systems[0]!.id);
    // No collision: the very same diagram object comes back.
    expect(rekeyDiagram(flows, new Set(['x']))).toBe(flows);
  });

  it('for any project and any diagram model the import accepts (fast-check)', () => {
    // The project by index, so a failure prints a short counterexample.
    const cases = fc
      .nat({ max: projects.length - 1 })
      .chain((index) => fc.tuple(fc.constant(index), modelFor(projects[index]!)));
    fc.assert(
      fc.property(cases, ([index, flows]) => {
        const doc = projects[index]!;
        const imported = importDiagramModel(modelText(flows));
        expect(imported.ok).toBe(true);
        if (!imported.ok) return;
        const next = replaceDiagram(doc, imported.flows);

        const saved = saveCheck(next);
        expect(saved.ok ? [] : saved.errors).toEqual([]);
        expect(() => serializeProject(next)).not.toThrow();
        // Nothing of the diagram is lost, and every flow still joins the same two systems.
        expect(next.flows.systems.map((s) => s.name)).toEqual(flows.systems.map((s) => s.id));
        const nameOf = new Map(next.flows.systems.map((s) => [s.id, s.name]));
        next.flows.flows.forEach((f, i) => {
          expect(nameOf.get(f.sourceId)).toBe(flows.flows[i]!.sourceId);
          expect(nameOf.get(f.targetId)).toBe(flows.flows[i]!.targetId);
        });
        const objectName = new Map(next.flows.customObjects.map((o) => [o.id, o.name]));
        next.flows.flows.forEach((f, i) =>
          expect(f.objects.map((key) => objectName.get(key) ?? key)).toEqual(
            flows.flows[i]!.objects,
          ),
        );
        expect(next.flows.notes).toHaveLength(flows.notes.length);
        // The rest of the project is the same object: nothing outside the diagram moved.
        expect(next.decision).toBe(doc.decision);
        expect(next.rollout).toBe(doc.rollout);
        expect(next.audit).toBe(doc.audit);
      }),
      { numRuns: 500 },
    );
  });
});
