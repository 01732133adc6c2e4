import type { ProjectDocument, ReportOptions } from '../model/schema.ts';
import { fitToSchema } from '../model/fit-to-schema.ts';
import { reportOptionsSchema } from '../model/report-schema.ts';

/** Pure edits of the report options kept in the document (`doc.report`). */

/** Largest logo the report keeps, in bytes of image data (the schema caps the data URL). */
export const MAX_LOGO_BYTES = 512 * 1024;

/** Changes some report options; returns the same document when nothing changes. */
export function updateReportOptions(
  doc: ProjectDocument,
  patch: Partial<ReportOptions>,
): ProjectDocument {
  patch = fitToSchema(reportOptionsSchema, patch);
  const entries = Object.entries(patch) as [keyof ReportOptions, unknown][];
  const changed = entries.some(([key, value]) => {
    const current = doc.report[key];
    return Array.isArray(value) && Array.isArray(current)
      ? value.join() !== current.join()
      : value !== current;
  });
  return changed ? { ...doc, report: { ...doc.report, ...patch } } : doc;
}

/** Why a logo cannot be used, or null: PNG or JPEG data URL of at most MAX_LOGO_BYTES. */
export function logoProblem(dataUrl: string): 'type' | 'size' | null {
  const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!match) return 'type';
  const bytes = Math.floor((match[2]!.length * 3) / 4);
  return bytes > MAX_LOGO_BYTES ? 'size' : null;
}

/** The calendar date of `date` in the local time zone, as YYYY-MM-DD (the report's "today"). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
