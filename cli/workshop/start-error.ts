import type { Localized } from '../../shared/i18n/localized.ts';

/**
 * Thrown when a workshop cannot start on a project file (not readable as UTF-8, not a valid
 * project): `text` in both languages for the CLI and the desktop, `message` its English for
 * logs and stack traces. A module of its own so the desktop's main process can recognise it
 * without loading the server.
 */
export class WorkshopStartError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
  }
}
