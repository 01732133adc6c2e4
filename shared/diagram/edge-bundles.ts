import { dataObjectCatalogue } from '../flows/data-objects.ts';
import type { Flow, Language, ProjectDocument } from '../model/schema.ts';
import { LABEL_FONT_SIZE, LABEL_PADDING_X, LABEL_ROW_HEIGHT, LABEL_WIDTH } from './dimensions.ts';
import { MAX_LABEL_ROWS, type LabelRow } from './geometry-types.ts';
import { shortenToWidth } from './text-metrics.ts';

/**
 * Flows bundled into drawn edges: all flows from one system to another in the same direction
 * kind (one-way or two-way) make one edge, labelled with each data object once — instead of
 * several curves on top of each other.
 */
export type EdgeBundle = {
  /** The first flow's id: selecting the edge selects the bundle. */
  id: string;
  flowIds: string[];
  sourceId: string;
  targetId: string;
  isTwoWay: boolean;
  isCore: boolean;
  objectKeys: string[];
};

/** The flows as bundles, in the order of their first flow; self-loops are left out. */
export function bundleFlows(flows: readonly Flow[]): EdgeBundle[] {
  const bundles = new Map<string, EdgeBundle>();
  for (const flow of flows) {
    if (flow.sourceId === flow.targetId) continue;
    const isTwoWay = flow.direction === 'two-way';
    const key = `${flow.sourceId}\u0000${flow.targetId}\u0000${isTwoWay ? 2 : 1}`;
    const bundle = bundles.get(key);
    if (!bundle) {
      bundles.set(key, {
        id: flow.id,
        flowIds: [flow.id],
        sourceId: flow.sourceId,
        targetId: flow.targetId,
        isTwoWay,
        isCore: flow.isCore,
        objectKeys: [...new Set(flow.objects)],
      });
      continue;
    }
    bundle.flowIds.push(flow.id);
    bundle.isCore ||= flow.isCore;
    for (const key of flow.objects)
      if (!bundle.objectKeys.includes(key)) bundle.objectKeys.push(key);
  }
  return [...bundles.values()];
}

/** Rows of a bundle's label (none when no object is named). */
export function labelRows(objectKeys: readonly string[], names: ReadonlyMap<string, string>) {
  const shown =
    objectKeys.length > MAX_LABEL_ROWS ? objectKeys.slice(0, MAX_LABEL_ROWS - 1) : objectKeys;
  const rows: LabelRow[] = shown.map((key) => {
    const fullText = names.get(key) ?? key;
    return {
      key,
      fullText,
      text: shortenToWidth(fullText, LABEL_WIDTH - 2 * LABEL_PADDING_X, LABEL_FONT_SIZE),
    };
  });
  return { rows, moreCount: objectKeys.length - shown.length };
}

/** Height of a label with `objectCount` objects (0 when there is none to show). */
export function labelHeight(objectCount: number): number {
  const rows = Math.min(objectCount, MAX_LABEL_ROWS);
  return rows === 0 ? 0 : rows * LABEL_ROW_HEIGHT + 2;
}

/** Names of the catalogue's and the project's own data objects in one language. */
export function objectNames(
  diagram: ProjectDocument['flows'],
  language: Language,
): Map<string, string> {
  const names = new Map<string, string>(dataObjectCatalogue.map((o) => [o.key, o.label[language]]));
  for (const custom of diagram.customObjects) names.set(custom.id, custom.name);
  return names;
}
