import { useCallback, useRef, useState } from 'react';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { buildReportModel } from '../../../shared/report/model.ts';
import { localIsoDate } from '../../../shared/report/report-edits.ts';
import { renderReportSteps, type RenderedReport } from '../../../shared/report/render-pdf.ts';
import { useAppStoreApi } from '../../app/store-context.ts';
import { loadReportFonts } from './report-fonts.ts';

export type ReportBuild = {
  phase: 'idle' | 'fonts' | 'building' | 'done' | 'failed';
  percent: number;
  report: RenderedReport | null;
  /** The document the report was built from: stale once the document changes. */
  source: ProjectDocument | null;
  error: string | null;
};

const idle: ReportBuild = { phase: 'idle', percent: 0, report: null, source: null, error: null };

/** Lets the browser paint the progress bar between chapters. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Builds the report PDF from the open document, chapter by chapter with progress, with the same
 * model and renderer as `traceready report`.
 */
export function useReportBuild() {
  const store = useAppStoreApi();
  const [build, setBuild] = useState<ReportBuild>(idle);
  const running = useRef<Promise<RenderedReport | null> | null>(null);

  const run = useCallback(async (): Promise<RenderedReport | null> => {
    const doc = store.getState().doc;
    if (!doc) return null;
    setBuild({ ...idle, phase: 'fonts', source: doc });
    try {
      const fonts = await loadReportFonts();
      const model = await buildReportModel(doc, {}, localIsoDate(new Date()));
      const steps = renderReportSteps(model, fonts);
      for (;;) {
        const step = steps.next();
        if (step.done) {
          setBuild({ phase: 'done', percent: 100, report: step.value, source: doc, error: null });
          return step.value;
        }
        setBuild((b) => ({ ...b, phase: 'building', percent: Math.round(step.value * 100) }));
        await nextFrame();
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setBuild({ ...idle, phase: 'failed', error: message });
      return null;
    }
  }, [store]);

  /** Builds once at a time; a second call while building waits for the same build. */
  const start = useCallback(() => {
    running.current ??= run().finally(() => {
      running.current = null;
    });
    return running.current;
  }, [run]);

  return { build, start };
}
