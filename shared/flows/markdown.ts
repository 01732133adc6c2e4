/**
 * User text made inert in Markdown: one line (tables and headings cannot hold a line break),
 * HTML special characters as entities, and CommonMark's inline markup characters backslash-
 * escaped, so a name like `**x** | <b>` prints as written and cannot break a table.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#!]/g, '\\$&');
}
