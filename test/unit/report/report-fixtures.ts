import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReportFonts } from '../../../cli/report-command.ts';
import { parseProject } from '../../../shared/model/parse.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';

/** Shared by the report tests: the worked example, the fonts, and poppler's tools on a PDF. */

export const TODAY = '2026-11-30';

export function example(language: 'en' | 'zh-CN'): ProjectDocument {
  const text = readFileSync(
    new URL(`../../../templates/examples/food-plant.${language}.json`, import.meta.url),
    'utf8',
  );
  const parsed = parseProject(text);
  if (!parsed.ok) throw new Error('the worked example must parse');
  return parsed.document;
}

export function blank(): ProjectDocument {
  const text = readFileSync(new URL('../../fixtures/v1/blank.en.json', import.meta.url), 'utf8');
  const parsed = parseProject(text);
  if (!parsed.ok) throw new Error('the blank fixture must parse');
  return parsed.document;
}

export const fonts = await loadReportFonts();

/** Writes `bytes` to a new temp folder and returns the file's path. */
export function writeTemp(bytes: Uint8Array, name = 'report.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'traceready-report-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** Runs a poppler tool (pdftotext, pdfinfo, pdffonts, pdftoppm) and returns its output. */
export function poppler(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The text of one page (1-based), without layout. */
export function pageText(path: string, page: number): string {
  return poppler('pdftotext', '-f', String(page), '-l', String(page), path, '-');
}
