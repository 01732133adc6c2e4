import { exportedDocument } from '../text/document-text.ts';
import { diagramScene } from '../diagram/diagram-scene.ts';
import {
  reportSections,
  type Language,
  type ProjectDocument,
  type ReportSection,
} from '../model/schema.ts';
import { appendixChapter } from './model-appendix.ts';
import { auditChapter } from './model-audit.ts';
import { modelContext, type ModelContext } from './model-context.ts';
import { flowsChapter } from './model-flows.ts';
import { optionsChapter } from './model-options.ts';
import { rolloutChapter } from './model-rollout.ts';
import { summaryChapter } from './model-summary.ts';
import { words } from './report-text.ts';
import type { Scene } from '../diagram/scene-types.ts';
import type { ReportChapter, ReportModel } from './types.ts';

/**
 * The report model of a project document: chapters, tables and charts as data, in one language,
 * computed from the document alone with the same pure functions as the app and the CLI.
 */

/** What a caller may override of the document's own report options (`doc.report`). */
export type ReportModelOptions = {
  language?: Language;
  sections?: readonly ReportSection[];
  paper?: 'a4' | 'letter';
};

const chapters: Record<ReportSection, (ctx: ModelContext, diagram: Scene) => ReportChapter> = {
  summary: summaryChapter,
  audit: auditChapter,
  options: optionsChapter,
  flows: flowsChapter,
  rollout: rolloutChapter,
  appendix: appendixChapter,
};

/**
 * Builds the report model. `today` (ISO date) is the report date when `doc.report.date` is
 * empty, and the schedule's start when the plan has none: passing it makes the output
 * deterministic (same document, options and day → same PDF bytes). Async because the data-flow
 * diagram is laid out by ELK (`diagramScene`).
 */
export async function buildReportModel(
  input: ProjectDocument,
  options: ReportModelOptions = {},
  today: string,
): Promise<ReportModel> {
  // The report is written from the document as exported (shared/text/document-text.ts).
  const doc = exportedDocument(input);
  const report = doc.report;
  const language = options.language ?? report.language ?? doc.meta.language;
  const wanted = new Set(options.sections ?? report.sections);
  const ctx = modelContext(doc, language, today, report.brandColor);
  const diagram = wanted.has('flows')
    ? await diagramScene(doc, { language })
    : { width: 0, height: 0, items: [] };
  const { say, t } = ctx;
  const date = report.date ?? today;
  const title = doc.meta.title.trim() || t(words.reportTitle);
  return {
    language,
    paper: options.paper ?? report.paper,
    brandColor: report.brandColor,
    logo: report.logo,
    date,
    confidentiality: report.confidentiality,
    cover: {
      title,
      subtitle: report.consultancy.trim() || t(words.subtitle),
      lines: [
        { label: t(words.client), value: doc.meta.client },
        { label: t(words.site), value: doc.meta.site },
        { label: t(words.consultant), value: doc.meta.consultant },
        { label: t(words.consultancy), value: report.consultancy },
        { label: t(words.date), value: date },
      ],
    },
    words: {
      contents: t(words.contents),
      pageOf: t(words.pageOf),
      header: doc.meta.client.trim()
        ? `${doc.meta.client} · ${say('traceability integration', '追溯系统对接')}`
        : title,
    },
    chapters: reportSections.filter((s) => wanted.has(s)).map((s) => chapters[s](ctx, diagram)),
  };
}
