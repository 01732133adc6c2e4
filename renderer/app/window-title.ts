import type { TFunction } from 'i18next';

/**
 * The browser tab's (and the desktop window's) title: the project and whether it is unsaved —
 * a project with no file yet counts as unsaved — then the app name, as editors do.
 */
export function windowTitle(
  project: { title: string; isUnsaved: boolean } | null,
  t: TFunction,
): string {
  const appName = t('app.name');
  if (!project) return appName;
  const title = project.title.trim() || t('file.untitled');
  return `${project.isUnsaved ? t('file.windowTitleUnsaved', { title }) : title} — ${appName}`;
}
