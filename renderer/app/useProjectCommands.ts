import { App } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestedFileName } from '../../shared/model/file-names.ts';
import { updateMeta } from '../../shared/model/edits.ts';
import { formatLocatedError } from '../../shared/model/located-error.ts';
import type { Language } from '../../shared/model/schema.ts';
import { createProjectFromTemplate, type ProjectTemplate } from '../../shared/templates/catalog.ts';
import type { OpenResult, RecentEntry } from '../platform/platform.ts';
import { selectIsDirty } from '../store/selectors.ts';
import { useAppStoreApi, usePlatform } from './store-context.ts';
import { askToSaveChanges } from './unsaved-changes-dialog.tsx';

const MAX_ERRORS_SHOWN = 12;

/**
 * The file commands of the app — new, open, open recent, save, save as, close — with the
 * confirmations and messages a user expects: never a silent loss of unsaved work, and a
 * located list of errors (the open project untouched) when a file cannot be opened.
 */
export function useProjectCommands() {
  const store = useAppStoreApi();
  const platform = usePlatform();
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();

  return useMemo(() => {
    const language = () => i18n.language as Language;

    const applyOpenResult = (result: OpenResult) => {
      if (result.status === 'canceled') return;
      if (result.status === 'invalid') {
        const lines = result.errors
          .slice(0, MAX_ERRORS_SHOWN)
          .map((error) => formatLocatedError(error, language()));
        if (result.errors.length > MAX_ERRORS_SHOWN) {
          lines.push(t('file.moreErrors', { count: result.errors.length - MAX_ERRORS_SHOWN }));
        }
        modal.error({
          title: t('file.openInvalid', { name: result.fileName }),
          width: 640,
          content: `${t('file.openInvalidHint')}\n\n${lines.join('\n')}`,
          className: 'located-errors',
        });
        return;
      }
      const isMigrated = result.notices.length > 0;
      store.getState().openDocument(result.document, result.file, { isDirty: isMigrated });
      store.getState().setPage('overview');
      if (isMigrated) void message.info(t('file.migrated'));
    };

    /** Saves the open project; resolves whether it is now on disk. */
    const save = async (asNew: boolean): Promise<boolean> => {
      const { doc, file } = store.getState();
      if (!doc) return false;
      const stamped = updateMeta(doc, { updatedAt: new Date().toISOString() });
      const result = await platform.saveProject({
        document: stamped,
        target: asNew ? null : file,
        suggestedName: suggestedFileName(doc.meta.title, t('file.untitled')),
      });
      if (result.status === 'canceled') return false;
      if (result.status === 'failed') {
        modal.error({ title: t('file.saveFailed'), content: result.message[language()] });
        return false;
      }
      if (result.isDownload) {
        // The page cannot know whether a download finished or was cancelled: the project stays
        // unsaved and keeps the recovery copy the platform wrote (issue 11, item 7).
        store.getState().setLastAutosaveAt(new Date().toISOString());
      } else {
        store.getState().markSaved(result.file, doc);
        await platform.clearRecovery();
        store.getState().setLastAutosaveAt(null);
      }
      void message.success(
        t(result.isDownload ? 'file.downloaded' : 'file.savedTo', { name: result.file.name }),
      );
      return true;
    };

    /** Before the open project goes away: Save / Don't save / Cancel; true when it may go. */
    const confirmDiscard = async (): Promise<boolean> => {
      const state = store.getState();
      if (!selectIsDirty(state)) return true;
      const choice = await askToSaveChanges(modal, t, state.doc?.meta.title || t('file.untitled'));
      if (choice === 'save') return save(false);
      return choice === 'discard';
    };

    return {
      async newFromTemplate(template: ProjectTemplate, projectLanguage: Language) {
        if (!(await confirmDiscard())) return;
        const doc = createProjectFromTemplate(template, projectLanguage, {
          now: new Date().toISOString(),
          newId: () => crypto.randomUUID(),
        });
        store.getState().openDocument(doc, null);
        store.getState().setPage('overview');
      },
      async open() {
        if (!(await confirmDiscard())) return;
        applyOpenResult(await platform.openProject());
      },
      async openRecent(entry: RecentEntry) {
        if (!(await confirmDiscard())) return;
        applyOpenResult(await platform.openRecent(entry));
      },
      /** A project the OS handed us (file association): same checks as Open. */
      async openFromOs(result: OpenResult) {
        if (result.status === 'opened' && !(await confirmDiscard())) return;
        applyOpenResult(result);
      },
      save: async () => {
        await save(false);
      },
      saveAs: async () => {
        await save(true);
      },
      async close() {
        if (!(await confirmDiscard())) return;
        store.getState().closeDocument();
        await platform.clearRecovery();
      },
    };
  }, [store, platform, t, i18n, modal, message]);
}

export type ProjectCommands = ReturnType<typeof useProjectCommands>;
