import { describe, expect, it } from 'vitest';
import { keepKnownPhases } from '../../../shared/flows/diagram-model.ts';
import { loadTopology, topologies } from '../../../shared/flows/topologies.ts';
import { validateFlows } from '../../../shared/flows/validate.ts';
import { checkReferences } from '../../../shared/model/references.ts';
import { findTemplate, loadTemplateDocument } from '../../../shared/templates/catalog.ts';

const blank = loadTemplateDocument(findTemplate('blank')!, 'en');
const phases = new Set(blank.rollout.phases.map((p) => p.id));
const skeleton = (flows: ReturnType<typeof loadTopology>) => ({
  systems: flows.systems.map((s) => [s.id, s.kind, s.lane, s.owner]),
  flows: flows.flows.map((f) => [
    f.id,
    f.sourceId,
    f.targetId,
    f.direction,
    f.objects,
    f.phaseId,
    f.isCore,
  ]),
});

describe('starting topologies', () => {
  it('cover the three approaches of step 2', () => {
    expect(topologies.map((t) => t.archetype).sort()).toEqual(['custom', 'ipaas', 'saas']);
  });

  describe.each(topologies)('$id', (topology) => {
    it('is the same diagram in both languages, names translated', () => {
      const en = loadTopology(topology, 'en', phases);
      const zh = loadTopology(topology, 'zh-CN', phases);
      expect(skeleton(zh)).toEqual(skeleton(en));
      expect(zh.systems.map((s) => s.name)).not.toEqual(en.systems.map((s) => s.name));
    });

    it('is a valid, finding-free diagram in a project made from the blank starter', () => {
      const doc = { ...blank, flows: loadTopology(topology, 'en', phases) };
      expect(checkReferences(doc)).toEqual([]);
      expect(validateFlows(doc)).toEqual([]);
    });

    it('reaches suppliers and customers (no half chain) and phases its flows', () => {
      const flows = loadTopology(topology, 'en', phases);
      expect(flows.systems.some((s) => s.lane === 'upstream')).toBe(true);
      expect(flows.systems.some((s) => s.lane === 'downstream')).toBe(true);
      expect(new Set(flows.flows.map((f) => f.phaseId))).toEqual(phases);
    });

    it('drops phases a project does not have', () => {
      const flows = loadTopology(topology, 'en', new Set());
      expect(flows.flows.every((f) => f.phaseId === null)).toBe(true);
    });
  });
});

describe('keepKnownPhases', () => {
  it('keeps known phases, unphases the rest, leaves unphased flows alone', () => {
    const flows = loadTopology(topologies[0]!, 'en', phases);
    const kept = keepKnownPhases(flows, new Set(['phase-1']));
    expect(new Set(kept.flows.map((f) => f.phaseId))).toEqual(new Set(['phase-1', null]));
    expect(kept.flows.filter((f) => f.phaseId === 'phase-1')).toEqual(
      flows.flows.filter((f) => f.phaseId === 'phase-1'),
    );
    expect(keepKnownPhases(flows, phases)).toEqual(flows);
  });
});
