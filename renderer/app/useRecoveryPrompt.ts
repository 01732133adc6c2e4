import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../platform/platform.ts';
import type { AppStore } from '../store/app-store.ts';

/**
 * At start-up, offers back the work autosaved before a crash or a closed tab. Recovered work
 * opens as unsaved, attached to its file if it had one.
 */
export function useRecoveryPrompt(store: AppStore, platform: Platform) {
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  useEffect(() => {
    let isCancelled = false;
    void platform.readRecovery().then((snapshot) => {
      if (!snapshot || isCancelled) return;
      const time = new Date(snapshot.savedAt).toLocaleString(i18n.language);
      modal.confirm({
        title: t('recovery.title'),
        content: t('recovery.body', {
          title: snapshot.document.meta.title || t('file.untitled'),
          time,
        }),
        okText: t('recovery.recover'),
        cancelText: t('recovery.discard'),
        onOk: () => {
          store.getState().openDocument(snapshot.document, snapshot.file, { isDirty: true });
          void message.success(t('recovery.recovered'));
        },
        onCancel: () => void platform.clearRecovery(),
      });
    });
    return () => {
      isCancelled = true;
    };
    // Once per window: the prompt must not come back when the language changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, platform]);
}
