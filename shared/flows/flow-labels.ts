import { identifierGranularity } from '../audit/handoffs.ts';
import { localized, type Localized } from '../i18n/localized.ts';
import type { Flow, Language, ProjectDocument, TraceSystem } from '../model/schema.ts';
import { dataObjectCatalogue, isCatalogueObject } from './data-objects.ts';
import type { Granularity } from './fields.ts';
import { systemKindLabels } from './system-kinds.ts';

/**
 * Names the exporters and findings share: what a system, an object and a flow are called in
 * either language, which interfaces are request/response and which are events, and unique
 * machine names derived from user text.
 */

/** A system's name, or its kind's label when it has none. */
export function systemLabel(system: TraceSystem): Localized {
  const name = system.name.trim();
  return name === '' ? systemKindLabels[system.kind] : localized(name, name);
}

/** A data object's label: the catalogue's, or the custom object's name (else its id). */
export function objectLabel(doc: ProjectDocument, key: string): Localized {
  const entry = dataObjectCatalogue.find((o) => o.key === key);
  if (entry) return entry.label;
  const name = doc.flows.customObjects.find((o) => o.id === key)?.name.trim() || key;
  return localized(name, name);
}

/** Systems by id, for lookups in loops over many flows. */
export function systemIndex(doc: ProjectDocument): ReadonlyMap<string, TraceSystem> {
  return new Map(doc.flows.systems.map((s) => [s.id, s]));
}

/** "ERP → Traceability platform" (a missing system shows its id). */
export function flowRoute(
  flow: Flow,
  systems: ReadonlyMap<string, TraceSystem>,
  language: Language,
): string {
  const name = (id: string) => {
    const system = systems.get(id);
    return system ? systemLabel(system)[language] : id;
  };
  return `${name(flow.sourceId)} ${flow.direction === 'two-way' ? '↔' : '→'} ${name(flow.targetId)}`;
}

/** The granularity the spec exporters use: step 1's answer, lot level until it is given. */
export function specGranularity(doc: ProjectDocument): Granularity {
  return identifierGranularity(doc) ?? 'lot';
}

/** Protocols that are request/response by nature: HTTP APIs. */
const REQUEST_RESPONSE_PROTOCOLS: ReadonlySet<Flow['protocol']> = new Set([
  'rest',
  'odata',
  'soap',
]);

/**
 * Whether a flow is specified as a request/response API (OpenAPI) or as events (AsyncAPI).
 * The protocol decides first — REST, OData and SOAP are HTTP calls even when an event triggers
 * them (the sender then calls the receiver), MQTT is a message broker even on a schedule — and
 * for the others (EDI, file, OPC UA, database) the trigger: event-triggered flows are messages,
 * scheduled and manual ones request/response exchanges.
 */
export function interfaceStyle(flow: Flow): 'request-response' | 'event' {
  if (REQUEST_RESPONSE_PROTOCOLS.has(flow.protocol)) return 'request-response';
  if (flow.protocol === 'mqtt') return 'event';
  return flow.trigger === 'event' ? 'event' : 'request-response';
}

/** The known data objects (catalogue or custom) the given flows carry, in order of first use. */
export function usedObjectKeys(doc: ProjectDocument, flows = doc.flows.flows): string[] {
  const custom = new Set(doc.flows.customObjects.map((o) => o.id));
  const keys = new Set<string>();
  for (const flow of flows)
    for (const key of flow.objects) if (isCatalogueObject(key) || custom.has(key)) keys.add(key);
  return [...keys];
}

/** "goods-receipt" → "GoodsReceipt"; anything outside [A-Za-z0-9] separates words. */
export function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/**
 * A namer that never hands out the same name twice: a taken name gets `2`, `3`… appended
 * (with `separator` before the number).
 */
export function uniqueNamer(separator = ''): (base: string) => string {
  const taken = new Set<string>();
  return (base) => {
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${separator}${n}`;
    taken.add(name);
    return name;
  };
}

/**
 * Component names of the used objects, valid for OpenAPI and AsyncAPI keys
 * (`^[a-zA-Z0-9._-]+$`): catalogue objects in PascalCase, custom ones prefixed `Custom`.
 */
export function schemaNames(doc: ProjectDocument, keys: readonly string[]): Map<string, string> {
  const unique = uniqueNamer();
  // Catalogue names first, so a custom object can never take a catalogue object's name.
  const names = new Map<string, string>();
  for (const key of keys) if (isCatalogueObject(key)) names.set(key, unique(pascalCase(key)));
  for (const key of keys)
    if (!isCatalogueObject(key)) names.set(key, unique(`Custom${pascalCase(key) || 'Object'}`));
  return new Map(keys.map((key) => [key, names.get(key)!]));
}

/** The name of a rollout phase, or its id when the plan has no such phase. */
export function phaseLabel(doc: ProjectDocument, phaseId: string | null): string {
  if (phaseId === null) return '';
  return doc.rollout.phases.find((p) => p.id === phaseId)?.name.trim() || phaseId;
}

/** The reference of the n-th flow (0-based) in the ICD and the interface list: IF-01, IF-02… */
export function interfaceReference(index: number): string {
  return `IF-${String(index + 1).padStart(2, '0')}`;
}
