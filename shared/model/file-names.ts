import { PROJECT_FILE_EXTENSION } from './schema.ts';

/** The last segment of a path, for either separator (Windows paths reach the renderer too). */
export function basename(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

/**
 * A safe file name for a project: the title without characters Windows, macOS or Linux refuse,
 * control characters or bidi overrides and isolates (an "evil\u202etxt.exe" name, CVE-2021-42574),
 * trimmed, with the `.trplan` extension. Chinese titles are kept as they are.
 *
 * @example suggestedFileName('华欣食品: 追溯/对接') === '华欣食品 追溯 对接.trplan'
 */
export function suggestedFileName(title: string, fallback = 'project'): string {
  const spaced = title
    .replace(/[<>:"/\\|?*\p{Cc}\u202a-\u202e\u2066-\u2069]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut by code points (never half an emoji), then trim what Windows refuses at the end.
  const cleaned = Array.from(spaced)
    .slice(0, 120)
    .join('')
    .replace(/[. ]+$/, '');
  const name = cleaned || fallback;
  // Windows refuses device names even with an extension: CON.trplan cannot be created.
  const isReserved = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i.test(name);
  return `${isReserved ? `${name}_` : name}.${PROJECT_FILE_EXTENSION}`;
}
