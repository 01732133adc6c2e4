import { localized, type Localized } from '../i18n/localized.ts';
import { CURRENT_SCHEMA_VERSION } from './schema.ts';

/** What a migration may need from the outside world, passed in so migrations stay pure. */
export type MigrationContext = {
  /** ISO date-time used for timestamps a migration must invent. */
  now: string;
  newId: () => string;
};

type RawDocument = Record<string, unknown>;

/** One step of the chain: turns a version-`from` document into a version-`to` document. */
export type Migration = {
  from: number;
  to: number;
  description: Localized;
  migrate: (doc: RawDocument, context: MigrationContext) => RawDocument;
};

/** Sections whose arrays hold entities that must each carry an id. */
const ENTITY_SECTIONS: Record<string, readonly string[]> = {
  audit: ['answers', 'targets', 'handoffs'],
  decision: [
    'criteria',
    'candidates',
    'vendors',
    'raters',
    'weights',
    'judgements',
    'scores',
    'costs',
  ],
  flows: ['systems', 'flows', 'customObjects', 'notes'],
  rollout: ['team', 'phases', 'tasks', 'risks', 'trainings'],
};

/** Entities nested one level inside another list's items: phase gates, custom-object fields. */
const NESTED_ENTITY_LISTS: Record<string, Record<string, string>> = {
  rollout: { phases: 'gates' },
  flows: { customObjects: 'fields' },
};

/** A value for a message; `JSON.stringify` throws on BigInt (IPC payloads can carry one). */
const describeValue = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

const isRecord = (value: unknown): value is RawDocument =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 0 is the hand-written short form (no `schemaVersion`): a consultant's or a script's
 * JSON with whatever sections it needs, entities without ids, no timestamps. Version 1 gives
 * the document and every entity an id and stamps the dates.
 */
const fromShortForm: Migration = {
  from: 0,
  to: 1,
  description: localized(
    'Hand-written short form: added ids and timestamps.',
    '手写简化格式：已补充 id 和时间戳。',
  ),
  migrate(doc, { now, newId }) {
    const meta = isRecord(doc.meta) ? doc.meta : {};
    const next: RawDocument = {
      ...doc,
      schemaVersion: 1,
      id: typeof doc.id === 'string' ? doc.id : newId(),
      meta: { createdAt: now, updatedAt: now, ...meta },
    };
    for (const [section, lists] of Object.entries(ENTITY_SECTIONS)) {
      const body = next[section];
      if (!isRecord(body)) continue;
      const filled: RawDocument = { ...body };
      for (const list of lists) {
        const items = body[list];
        if (!Array.isArray(items)) continue;
        const nested = NESTED_ENTITY_LISTS[section]?.[list];
        filled[list] = items.map((item: unknown) => {
          if (!isRecord(item)) return item;
          const withId: RawDocument =
            item.id === undefined ? { id: newId(), ...item } : { ...item };
          const children = nested === undefined ? undefined : withId[nested];
          if (nested !== undefined && Array.isArray(children)) {
            withId[nested] = children.map((child: unknown) =>
              isRecord(child) && child.id === undefined ? { id: newId(), ...child } : child,
            );
          }
          return withId;
        });
      }
      next[section] = filled;
    }
    return next;
  },
};

/** Maps the items of `list` inside `section` with `fn`, leaving anything malformed to the schema. */
const mapList = (
  doc: RawDocument,
  section: string,
  list: string,
  fn: (item: RawDocument) => RawDocument,
): RawDocument => {
  const body = doc[section];
  if (!isRecord(body) || !Array.isArray(body[list])) return doc;
  const items = (body[list] as unknown[]).map((item) => (isRecord(item) ? fn(item) : item));
  return { ...doc, [section]: { ...body, [list]: items } };
};

/**
 * Version 2 adds the rollout planner (calendar, gate checklist kinds and sign-off, task kinds,
 * baselines, workstreams, member availability, training sessions), the "to be decided" flow
 * protocol, count-of-total answers, out-of-scope partners and the report options. Every new
 * field has a default that keeps a v1 file's meaning, except two that need the old defaults
 * written out: a flow without a protocol was REST in v1 (new flows now start as "to be
 * decided"), and a zero-day task was a milestone.
 */
const toRolloutPlanner: Migration = {
  from: 1,
  to: 2,
  description: localized(
    'Version 1 project: upgraded for the rollout planner (calendar, gates, schedule) and the report.',
    '版本 1 项目：已升级，支持上线计划（日历、关口、进度）和报告。',
  ),
  migrate(doc) {
    let next: RawDocument = { ...doc, schemaVersion: 2 };
    next = mapList(next, 'flows', 'flows', (flow) =>
      flow.protocol === undefined ? { ...flow, protocol: 'rest' } : flow,
    );
    next = mapList(next, 'rollout', 'tasks', (task) =>
      task.durationDays === 0 && task.kind === undefined ? { ...task, kind: 'milestone' } : task,
    );
    return next;
  },
};

/** The chain, in order. Append a step for every schema change; never edit a published one. */
export const migrations: readonly Migration[] = [fromShortForm, toRolloutPlanner];

export type MigrationResult =
  | { ok: true; document: RawDocument; migratedFrom: number | null; applied: Localized[] }
  | { ok: false; message: Localized };

/**
 * Brings a raw document of any known version up to {@link CURRENT_SCHEMA_VERSION}.
 * A file from a newer TraceReady is refused rather than silently stripped of what it holds.
 */
export function migrateToCurrent(
  doc: RawDocument,
  context: MigrationContext,
  chain: readonly Migration[] = migrations,
  target: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  const declared = doc.schemaVersion;
  const start = declared === undefined ? 0 : declared;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) {
    return {
      ok: false,
      message: localized(
        `schemaVersion must be a whole number, not ${describeValue(declared)}.`,
        `schemaVersion 必须是整数，而不是 ${describeValue(declared)}。`,
      ),
    };
  }
  let version = start;
  if (version > target) {
    return {
      ok: false,
      message: localized(
        `This file was written by a newer TraceReady (schema version ${version}; this one reads up to ${target}). Update TraceReady to open it.`,
        `此文件由更新版本的 TraceReady 创建（格式版本 ${version}，当前版本最高支持 ${target}）。请升级 TraceReady 后再打开。`,
      ),
    };
  }
  const migratedFrom = version === target ? null : version;
  const applied: Localized[] = [];
  let current = doc;
  while (version < target) {
    const step = chain.find((m) => m.from === version);
    if (!step) {
      return {
        ok: false,
        message: localized(
          `No migration from schema version ${version}.`,
          `缺少从格式版本 ${version} 升级的迁移步骤。`,
        ),
      };
    }
    current = step.migrate(current, context);
    applied.push(step.description);
    version = step.to;
  }
  return { ok: true, document: current, migratedFrom, applied };
}
