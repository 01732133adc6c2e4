import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { suggestedFileName } from '../../../shared/model/file-names.ts';
import type { Language } from '../../../shared/model/schema.ts';
import { exportTasksCsv } from '../../../shared/rollout/export-csv.ts';
import { exportPlanIcs } from '../../../shared/rollout/export-ics.ts';
import { exportMspdi } from '../../../shared/rollout/export-mspdi.ts';
import { useAppStoreApi, usePlatform } from '../../app/store-context.ts';
import { scheduleOf } from '../../store/rollout-selectors.ts';

export type PlanExportFormat = 'ics' | 'csv' | 'mspdi';

const planFiles: Record<PlanExportFormat, { extension: string; mimeType: string }> = {
  ics: { extension: 'ics', mimeType: 'text/calendar' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
  mspdi: { extension: 'xml', mimeType: 'application/xml' },
};

/**
 * The plan's exports — iCalendar, CSV and MS Project XML, the same bytes as `traceready plan
 * --format`, in the project's language — saved through the platform adapter (a save dialog on the desktop, a download on
 * the web).
 */
export function usePlanExport() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const platform = usePlatform();
  const { message, modal } = App.useApp();

  const exportPlan = async (format: PlanExportFormat) => {
    const state = store.getState();
    const doc = state.doc;
    if (!doc) return;
    const file = planFiles[format];
    const base = suggestedFileName(doc.meta.title, 'plan').replace(/\.trplan$/, '');
    const schedule = scheduleOf(doc, state.planToday);
    const options = { language: doc.meta.language, now: new Date().toISOString() };
    const content =
      format === 'ics'
        ? exportPlanIcs(doc, schedule, options)
        : format === 'csv'
          ? exportTasksCsv(doc, schedule, doc.meta.language)
          : exportMspdi(doc, schedule, options);
    const result = await platform.exportFile({
      suggestedName: `${base}.${file.extension}`,
      mimeType: file.mimeType,
      content,
    });
    if (result.status === 'saved')
      void message.success(t('rolloutPlan.toolbar.exported', { name: result.name }));
    if (result.status === 'failed')
      modal.error({
        title: t('rolloutPlan.toolbar.exportFailed'),
        content: result.message[i18n.language as Language],
      });
  };
  return { exportPlan };
}
