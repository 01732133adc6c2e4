import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/io.ts';
import { main } from '../../../cli/main.ts';
import { displayWidth } from '../../../shared/text/display-width.ts';

/**
 * What a user reads from every command, in both languages: snapshots of the full output, no
 * internal keys (rule ids, enum values, question ids), and columns that line up by display
 * width (a CJK character is two columns).
 */

const read = (path: string) =>
  readFileSync(new URL(`../../../templates/${path}`, import.meta.url), 'utf8');
const examples = {
  en: read('examples/food-plant.en.json'),
  'zh-CN': read('examples/food-plant.zh-CN.json'),
};

async function run(argv: string[], files: Record<string, string>) {
  const store = new Map<string, string | Uint8Array>(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: (path) => {
      const text = store.get(path);
      return typeof text === 'string'
        ? Promise.resolve(text)
        : Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' }));
    },
    writeText: (path, text) => Promise.resolve(void store.set(path, text)),
    writeBytes: (path, bytes) => Promise.resolve(void store.set(path, bytes)),
    exists: (path) => Promise.resolve(store.has(path)),
    out: (line) => out.push(...line.split('\n')),
    err: (line) => err.push(...line.split('\n')),
  };
  const code = await main(argv, io, {});
  return { code, out, err, store };
}

/** Internal keys that must never reach a reader: dotted ids, rule ids, raw enum values. */
const INTERNAL_KEY =
  /\b(?:systems|flows|gov|goal|team|chain|diagram|flow|system|quality|kde|serial|scope)\.[a-z-]+\b|\b(?:direct|ahp|starter|half-chain|pure-it|full-interface|benefit|undefined|NaN)\b|\berror\(s\)|\(s\)/;

const invalid = JSON.stringify({
  schemaVersion: 2,
  id: 'x',
  meta: { title: ['a'], industry: 'cars' },
});

const commands: [string, string[], Record<string, string>][] = [
  ['templates', ['templates'], {}],
  ['validate (valid)', ['validate', 'p.trplan'], {}],
  ['validate (invalid)', ['validate', 'bad.trplan'], { 'bad.trplan': invalid }],
  ['audit', ['audit', 'p.trplan'], {}],
  ['score', ['score', 'p.trplan', '--scope', 'both'], {}],
  ['spec (yaml file)', ['spec', 'p.trplan', '-o', 'plant.openapi.yaml'], {}],
  ['spec (contradiction)', ['spec', 'p.trplan', '-f', 'csv', '-o', 'list.xlsx'], {}],
  ['new', ['new', '-t', 'blank', '-o', 'new.trplan'], {}],
];

describe.each(['en', 'zh-CN'] as const)('every command in %s', (language) => {
  it.each(commands)('%s', async (_name, argv, files) => {
    const { out, err, code } = await run([...argv, '--lang', language], {
      'p.trplan': examples[language],
      ...files,
    });
    const text = [...out, ...err].join('\n');
    expect(text).not.toMatch(INTERNAL_KEY);
    if (language === 'zh-CN') {
      // Chinese text uses full-width punctuation after Chinese words.
      expect(text).not.toMatch(/[\u4e00-\u9fff][:,;(]|[\u4e00-\u9fff] \(/);
    }
    expect({ code, out, err }).toMatchSnapshot();
  });

  it('score lines up its numbers by display width', async () => {
    const { out } = await run(['score', 'p.trplan', '--lang', language], {
      'p.trplan': examples[language],
    });
    const blocks = out.join('\n').split('\n\n');
    const numbered = blocks.filter((b) => /\n {2}/.test(b) && /\d(\.\d)?%?$/.test(b));
    expect(numbered.length).toBeGreaterThanOrEqual(4);
    for (const block of numbered) {
      const rows = block
        .split('\n')
        .slice(1)
        .filter((l) => /\d%?$/.test(l));
      expect(new Set(rows.map(displayWidth)).size, block).toBe(1);
    }
  });

  it('spec -o - writes the specification alone to standard output', async () => {
    const { out, err, code } = await run(
      ['spec', 'p.trplan', '-f', 'asyncapi', '-o', '-', '--lang', language],
      { 'p.trplan': examples[language] },
    );
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ asyncapi: '3.0.0' });
    expect(err[0]).toMatch(/^✓ /);
    expect(err.some((l) => l.includes(language === 'en' ? 'Fix: ' : '修正：'))).toBe(true);
  });
});
