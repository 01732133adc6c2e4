import { displayWidth } from './display-width.ts';

/**
 * Breaks a label into lines of at most `maxColumns` display columns (a CJK character is two):
 * between words for spaced scripts, between characters for Chinese. Past `maxLines` the last
 * line ends in "…" — callers show the full label in a tooltip or title.
 */
export function wrapLabel(text: string, maxColumns: number, maxLines = 3): string[] {
  const greedy = wrapGreedy(text, maxColumns, maxLines);
  if (greedy.length < 2 || greedy.at(-1)!.endsWith('…')) return greedy;
  // Balance the lines ("追溯目标 / 与颗粒度", not "追溯目标与颗粒 / 度"): the narrowest width
  // that still needs no more lines.
  const total = displayWidth(text.trim());
  for (let width = Math.ceil(total / greedy.length); width < maxColumns; width++) {
    const balanced = wrapGreedy(text, width, maxLines);
    if (
      balanced.length === greedy.length &&
      !balanced.some((l) => l.endsWith('-') || l.endsWith('…'))
    ) {
      return balanced;
    }
  }
  return greedy;
}

function wrapGreedy(text: string, maxColumns: number, maxLines: number): string[] {
  // Tokens: a run of non-CJK characters up to and with its hyphens and spaces ("Project-" of
  // "Project-management" may end a line), or one wide character.
  const tokens =
    text
      .trim()
      .match(/[^\s\u2e80-\u9fff\uff00-\uffef-]+-*\s*|-+\s*|[\u2e80-\u9fff\uff00-\uffef]\s*|\s+/g) ??
    [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && displayWidth((line + token).trimEnd()) > maxColumns) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += line === '' ? token.trimStart() : token;
    // A single word longer than the line: cut it.
    while (displayWidth(line.trimEnd()) > maxColumns) {
      let cut = '';
      for (const ch of line) {
        if (displayWidth(cut + ch) > maxColumns - 1) break;
        cut += ch;
      }
      lines.push(`${cut}-`);
      line = line.slice(cut.length);
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 0 && displayWidth(`${last}…`) > maxColumns) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
