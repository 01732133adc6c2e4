import { useState } from 'react';
import { useStore } from 'zustand';
import type { Localized } from '../../../shared/i18n/localized.ts';
import type { Language } from '../../../shared/model/schema.ts';
import type { AppStore } from '../../store/app-store.ts';
import { selectIsDirty } from '../../store/selectors.ts';
import { crashDetails, crashMessage, saveCopy, type CrashPlatform } from './crash-actions.ts';
import { panelStyles } from './panel-styles.ts';
import { errorPanelText as text, panelWords } from './strings.ts';

export type ErrorPanelProps = {
  scope: 'page' | 'root';
  store: AppStore;
  platform: CrashPlatform;
  error: unknown;
  componentStack: string | null;
  /** Set when the recovery copy could not be written. */
  recoveryProblem: Localized | null;
  /** Page scope: back to the overview (a fresh page). Root scope: reload the window. */
  onRecover: () => void;
};

const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';

/**
 * What the user sees instead of a white screen when rendering fails: what happened, that the
 * project is safe, and the ways on — save a copy, copy the details, go back or reload. In the
 * store's language, in plain HTML so it renders whatever else has failed.
 */
export function ErrorPanel(props: ErrorPanelProps) {
  const { store } = props;
  const language = useStore(store, (s) => s.language);
  const isDark = useStore(store, (s) => s.isDark);
  const hasDocument = useStore(store, (s) => s.doc !== null);
  const isDirty = useStore(store, selectIsDirty);
  const page = useStore(store, (s) => s.page);
  return <ErrorPanelBody {...props} view={{ language, isDark, hasDocument, isDirty, page }} />;
}

/** What the panel shows of the app's state, read from the store by {@link ErrorPanel}. */
export type ErrorPanelView = {
  language: Language;
  isDark: boolean;
  hasDocument: boolean;
  isDirty: boolean;
  page: string;
};

/** The panel itself, given the state it shows (rendered on its own in unit tests). */
export function ErrorPanelBody(props: ErrorPanelProps & { view: ErrorPanelView }) {
  const { scope, store, platform, error } = props;
  const { language, isDark, hasDocument, isDirty, page } = props.view;
  const words = panelWords({ scope, hasDocument, isDirty });
  // What the user's own action said; until then, the boundary's word on the recovery copy (it
  // arrives after the panel first shows, when the copy could not be written).
  const [actionStatus, setStatus] = useState<Localized | null>(null);
  const status = actionStatus ?? props.recoveryProblem;
  const [isSaving, setIsSaving] = useState(false);
  const isRoot = scope === 'root';
  const styles = panelStyles(isDark, language, isRoot);
  const details = crashDetails({
    error,
    componentStack: props.componentStack,
    page,
    version: appVersion,
    userAgent: typeof navigator === 'undefined' ? 'unknown' : navigator.userAgent,
    at: new Date(),
  });

  const onSaveCopy = async () => {
    setIsSaving(true);
    const result = await saveCopy(store, platform);
    setIsSaving(false);
    if (result.status === 'saved') setStatus(text.savedCopy(result.file.name));
    else if (result.status === 'failed') setStatus(result.message);
  };
  const onCopyDetails = async () => {
    try {
      await navigator.clipboard.writeText(details);
      setStatus(text.copied);
    } catch {
      setStatus(text.copyFailed);
    }
  };

  return (
    <div style={styles.outer} data-testid={`error-panel-${scope}`} lang={language}>
      <div role="alert" style={styles.card}>
        <h2 style={styles.title}>{words.title[language]}</h2>
        <p style={styles.paragraph}>{words.reassurance[language]}</p>
        {hasDocument && <p style={styles.paragraph}>{words.next[language]}</p>}
        <p style={styles.label}>{text.whatHappened[language]}</p>
        <pre style={styles.message}>{crashMessage(error)}</pre>
        <div style={styles.actions}>
          {hasDocument && (
            <button
              type="button"
              style={styles.primary}
              disabled={isSaving}
              onClick={() => void onSaveCopy()}
            >
              {text.saveCopy[language]}
            </button>
          )}
          <button type="button" style={styles.button} onClick={() => void onCopyDetails()}>
            {text.copyDetails[language]}
          </button>
          <button
            type="button"
            style={hasDocument ? styles.button : styles.primary}
            onClick={props.onRecover}
          >
            {words.recover[language]}
          </button>
        </div>
        {status && (
          <p role="status" style={styles.status}>
            {status[language]}
          </p>
        )}
        <details style={styles.details}>
          <summary>{text.technicalDetails[language]}</summary>
          <pre style={styles.detailsText}>{details}</pre>
        </details>
      </div>
    </div>
  );
}
