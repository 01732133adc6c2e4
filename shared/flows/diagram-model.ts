import { z } from 'zod';
import { localized, type Localized } from '../i18n/localized.ts';
import { describeSyntaxError } from '../model/json-syntax.ts';
import { toPointer, type LocatedError } from '../model/located-error.ts';
import { MAX_PROJECT_CHARACTERS } from '../model/parse.ts';
import { flowsSchema, type ProjectDocument } from '../model/schema.ts';
import { isCatalogueObject } from './data-objects.ts';
import { exportedFindings, type ExportedFinding } from './findings-export.ts';

/**
 * The data-flow diagram on its own — systems, flows, custom objects, notes — as a JSON file that
 * can be imported into this or another project (like draw.io's model export). The file names its
 * format and version; import checks syntax, format, the schema of `shared/model/schema.ts` and
 * the diagram's own references, and returns located errors instead of throwing. The export also
 * carries the diagram's findings, for a reviewer without the app; import ignores them (and
 * accepts files without them, as earlier versions wrote).
 */

/** The format marker of a diagram model file. */
export const DIAGRAM_MODEL_FORMAT = 'traceready.diagram';

/** The version of the diagram model format this build writes and reads. */
export const DIAGRAM_MODEL_VERSION = 1;

/** The diagram part of a project document. */
export type FlowsModel = ProjectDocument['flows'];

/** A diagram model file's content. */
export type DiagramModel = {
  format: typeof DIAGRAM_MODEL_FORMAT;
  version: typeof DIAGRAM_MODEL_VERSION;
  /** Where it came from, for the user's information; import ignores it. */
  source: { projectId: string; title: string };
} & FlowsModel & {
    /** The diagram's findings when it was exported (derived, in both languages); import ignores it. */
    findings?: ExportedFinding[];
  };

/** The result of an import: the diagram, or every problem found, located by JSON pointer. */
export type DiagramImportResult =
  { ok: true; flows: FlowsModel } | { ok: false; errors: LocatedError[] };

/** The diagram of a project as a model (a copy: later edits of either do not affect the other). */
export function exportDiagramModel(doc: ProjectDocument): DiagramModel {
  return {
    format: DIAGRAM_MODEL_FORMAT,
    version: DIAGRAM_MODEL_VERSION,
    source: { projectId: doc.id, title: doc.meta.title },
    ...structuredClone(doc.flows),
    findings: exportedFindings(doc),
  };
}

/** The model as file text: two-space JSON with a trailing newline. */
export function serializeDiagramModel(model: DiagramModel): string {
  return JSON.stringify(model, null, 2) + '\n';
}

const errorMaps = { en: z.locales.en(), 'zh-CN': z.locales.zhCN() } as const;
const fail = (pointer: string, message: Localized): DiagramImportResult => ({
  ok: false,
  errors: [{ pointer, message }],
});

/**
 * Reads a diagram model file. With `phaseIds`, flows must name phases of that plan (or none);
 * without, phase references are kept as they are.
 */
export function importDiagramModel(
  text: string,
  options: { phaseIds?: ReadonlySet<string> } = {},
): DiagramImportResult {
  if (text.length > MAX_PROJECT_CHARACTERS) {
    return fail('', localized('The file is too large for a diagram.', '文件过大，不是数据流图。'));
  }
  const json = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return fail('', describeSyntaxError(json));
  }
  try {
    return importDiagramModelValue(raw, options);
  } catch {
    // Nothing above should throw; if a pathological input finds a way, it is still no crash.
    return fail('', localized('The diagram could not be read.', '无法读取该数据流图。'));
  }
}

/** Like {@link importDiagramModel}, for a value already decoded from JSON. */
export function importDiagramModelValue(
  raw: unknown,
  options: { phaseIds?: ReadonlySet<string> } = {},
): DiagramImportResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(
      '',
      localized('A diagram file must hold one JSON object.', '数据流图文件必须是一个 JSON 对象。'),
    );
  }
  const file = raw as Record<string, unknown>;
  if (file.format !== DIAGRAM_MODEL_FORMAT) {
    return fail(
      '/format',
      localized(
        `Not a TraceReady diagram: "format" must be "${DIAGRAM_MODEL_FORMAT}".`,
        `不是 TraceReady 数据流图："format" 必须为 "${DIAGRAM_MODEL_FORMAT}"。`,
      ),
    );
  }
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return fail(
      '/version',
      localized('"version" must be a whole number ≥ 1.', '"version" 必须是 ≥ 1 的整数。'),
    );
  }
  if (file.version > DIAGRAM_MODEL_VERSION) {
    return fail(
      '/version',
      localized(
        `This diagram was saved by a newer TraceReady (format version ${file.version}); update TraceReady to import it.`,
        `该数据流图由更新版本的 TraceReady 保存（格式版本 ${file.version}）；请升级 TraceReady 后导入。`,
      ),
    );
  }
  const { systems, flows, customObjects, notes } = file;
  const candidate = { systems, flows, customObjects, notes };
  const en = flowsSchema.safeParse(candidate, { error: errorMaps.en.localeError });
  if (!en.success) {
    const zh = flowsSchema.safeParse(candidate, { error: errorMaps['zh-CN'].localeError });
    const zhIssues = zh.success ? [] : zh.error.issues;
    return {
      ok: false,
      errors: en.error.issues.map((issue, i) => ({
        pointer: toPointer(issue.path),
        message: { en: issue.message, 'zh-CN': zhIssues[i]?.message ?? issue.message },
      })),
    };
  }
  const errors = checkDiagramReferences(en.data, options.phaseIds);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, flows: en.data };
}

/** Unique ids, and flows that point at systems, objects (and phases) that exist. */
function checkDiagramReferences(model: FlowsModel, phaseIds?: ReadonlySet<string>): LocatedError[] {
  const errors: LocatedError[] = [];
  const seen = new Set<string>();
  const lists = [
    ['systems', model.systems],
    ['flows', model.flows],
    ['customObjects', model.customObjects],
    ['notes', model.notes],
  ] as const;
  for (const [list, items] of lists) {
    items.forEach((item, i) => {
      if (seen.has(item.id)) {
        errors.push({
          pointer: toPointer([list, i, 'id']),
          message: localized(`Duplicate id "${item.id}".`, `重复的 id "${item.id}"。`),
        });
      }
      seen.add(item.id);
    });
  }
  const systems = new Set(model.systems.map((s) => s.id));
  const custom = new Set(model.customObjects.map((o) => o.id));
  const missing = (id: string, path: (string | number)[], what: Localized) =>
    errors.push({
      pointer: toPointer(path),
      message: localized(
        `"${id}" does not name any ${what.en} in this diagram.`,
        `"${id}" 不是本数据流图中的任何${what['zh-CN']}。`,
      ),
    });
  model.flows.forEach((flow, i) => {
    for (const end of ['sourceId', 'targetId'] as const) {
      if (!systems.has(flow[end]))
        missing(flow[end], ['flows', i, end], localized('system', '系统'));
    }
    flow.objects.forEach((key, k) => {
      if (!isCatalogueObject(key) && !custom.has(key)) {
        missing(
          key,
          ['flows', i, 'objects', k],
          localized('data object (catalogue or custom)', '数据对象（目录或自定义）'),
        );
      }
    });
    if (phaseIds && flow.phaseId !== null && !phaseIds.has(flow.phaseId)) {
      missing(flow.phaseId, ['flows', i, 'phaseId'], localized('rollout phase', '上线阶段'));
    }
  });
  return errors;
}

/**
 * The diagram with every flow's phase kept only if the project has that phase: a model drawn in
 * another project (or a topology template) comes in unphased rather than refused.
 */
export function keepKnownPhases(flows: FlowsModel, phaseIds: ReadonlySet<string>): FlowsModel {
  const kept = flows.flows.map((f) =>
    f.phaseId === null || phaseIds.has(f.phaseId) ? f : { ...f, phaseId: null },
  );
  return { ...flows, flows: kept };
}
