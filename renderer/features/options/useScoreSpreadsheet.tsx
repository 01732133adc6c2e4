import { App, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DecisionScope } from '../../../shared/decision/decision-scope.ts';
import { suggestedFileName } from '../../../shared/model/file-names.ts';
import { formatLocatedError } from '../../../shared/model/located-error.ts';
import type { Language } from '../../../shared/model/schema.ts';
import { exportScoresCsv } from '../../../shared/spreadsheet/score-csv.ts';
import type { SheetError } from '../../../shared/spreadsheet/score-import.ts';
import { exportScoreWorkbook } from '../../../shared/spreadsheet/score-workbook.ts';
import { useAppStoreApi, usePlatform } from '../../app/store-context.ts';
import { uploadFile } from '../../platform/file-access.ts';
import type { ScoreImportOutcome } from '../../store/options-slice.ts';
import { readCsvFile, readRaterCopy, readWorkbookFile, guardImport } from './read-import-file.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The score spreadsheet round trip: export score sheets (.xlsx, CSV) in the project's language,
 * import them back (all or nothing, errors located by sheet and cell), and merge another
 * rater's copy of the project.
 */
export function useScoreSpreadsheet() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const platform = usePlatform();
  const { message, modal } = App.useApp();
  const language = i18n.language as Language;

  const baseName = (scope: DecisionScope) => {
    const title = store.getState().doc?.meta.title ?? '';
    const stem = suggestedFileName(title, 'project').replace(/\.trplan$/, '');
    return `${stem} - ${t(`options.sheet.fileSuffix.${scope}`)}`;
  };
  const save = async (
    name: string,
    mimeType: string,
    content: string | Uint8Array<ArrayBuffer>,
  ) => {
    const result = await platform.exportFile({ suggestedName: name, mimeType, content });
    if (result.status === 'saved')
      void message.success(t('options.sheet.exported', { name: result.name }));
    if (result.status === 'failed')
      modal.error({ title: t('options.sheet.exportFailed'), content: result.message[language] });
  };
  const cellTable = (errors: readonly SheetError[]) => (
    <Table<SheetError & { key: number }>
      size="small"
      pagination={false}
      scroll={{ y: 360 }}
      data-testid="import-errors"
      dataSource={errors.map((e, key) => ({ ...e, key }))}
      columns={[
        {
          title: t('options.sheet.sheet'),
          key: 'sheet',
          width: 140,
          render: (_, e) => e.sheet || '—',
        },
        {
          title: t('options.sheet.cell'),
          key: 'cell',
          width: 110,
          render: (_, e) => e.cell || '—',
        },
        {
          title: t('options.sheet.message'),
          key: 'message',
          render: (_, e) => e.message[language],
        },
      ]}
    />
  );
  const showErrors = (fileName: string, errors: readonly SheetError[]) =>
    modal.error({
      title: t('options.sheet.importInvalid', { name: fileName }),
      width: 760,
      content: cellTable(errors),
    });
  const report = (fileName: string, outcome: ScoreImportOutcome) => {
    if (!outcome.ok) return showErrors(fileName, outcome.errors);
    const summary = t('options.sheet.imported', { raters: outcome.raters, scores: outcome.scores });
    if (outcome.skipped.length === 0) return void message.success(summary);
    // Imported, but some cells were read past: say which and why, so nothing goes unseen.
    modal.warning({
      title: summary,
      width: 760,
      content: (
        <>
          <p>{t('options.sheet.skipped')}</p>
          {cellTable(outcome.skipped)}
        </>
      ),
    });
  };
  /** Runs an import; an unexpected throw is shown, never lost in a floating promise. */
  const guarded = (fileName: string, run: () => Promise<unknown>) =>
    guardImport(run, (error) => void showErrors(fileName, [error]));
  const mergeFile = async (file: File) => {
    const parsed = await readRaterCopy(file);
    if (!parsed.ok) {
      modal.error({
        title: t('options.merge.invalid', { name: file.name }),
        width: 640,
        content: parsed.errors
          .slice(0, 12)
          .map((e) => formatLocatedError(e, language))
          .join('\n'),
        className: 'located-errors',
      });
      return;
    }
    const result = store.getState().mergeRaterCopy(parsed.document);
    if (!result) return;
    const skipped = [...result.skippedCriterionIds, ...result.skippedSubjectIds];
    const summary = t('options.merge.done', {
      added: result.raters.added,
      updated: result.raters.updated,
      weights: result.weights,
      judgements: result.judgements,
      scores: result.scores,
    });
    if (skipped.length === 0 && result.isSameProject) return void message.success(summary);
    modal.warning({
      title: summary,
      content: [
        result.isSameProject ? '' : t('options.merge.otherProject'),
        skipped.length > 0 ? t('options.merge.skipped', { ids: skipped.join(', ') }) : '',
      ]
        .filter(Boolean)
        .join('\n'),
    });
  };

  return {
    async exportWorkbook(scope: DecisionScope) {
      const doc = store.getState().doc;
      if (!doc) return;
      const bytes = await exportScoreWorkbook(doc, scope, doc.meta.language);
      await save(`${baseName(scope)}.xlsx`, XLSX_MIME, bytes);
    },
    async exportCsv(scope: DecisionScope) {
      const doc = store.getState().doc;
      if (!doc) return;
      await save(
        `${baseName(scope)}.csv`,
        'text/csv',
        exportScoresCsv(doc, scope, doc.meta.language),
      );
    },
    async importWorkbook(scope: DecisionScope) {
      const file = await uploadFile('.xlsx');
      if (!file) return;
      await guarded(file.name, async () => {
        const read = await readWorkbookFile(file);
        if (!read.ok) return showErrors(file.name, [read.error]);
        report(file.name, await store.getState().importScoreWorkbook(scope, read.value));
      });
    },
    async importCsv(scope: DecisionScope) {
      const file = await uploadFile('.csv,text/csv');
      if (!file) return;
      await guarded(file.name, async () => {
        const read = await readCsvFile(file);
        if (!read.ok) return showErrors(file.name, [read.error]);
        report(file.name, store.getState().importScoresCsv(scope, read.value));
      });
    },
    async mergeCopy() {
      const file = await uploadFile('.trplan,.json');
      if (!file) return;
      await guarded(file.name, () => mergeFile(file));
    },
  };
}
