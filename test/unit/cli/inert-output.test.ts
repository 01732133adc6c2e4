import type * as ResvgModule from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../../cli/io.ts';
import { main } from '../../../cli/main.ts';

/**
 * The CLI on a project with hostile names (issue 11, item 6): `validate` warns where exports will
 * leave characters out, a line feed in a name cannot fake a line of output, and a renderer that
 * fails (here resvg, made to throw) gives a located error, never a stack trace.
 */

const resvg = vi.hoisted(() => ({ fail: false }));
vi.mock('@resvg/resvg-js', async (importOriginal) => {
  const original = await importOriginal<typeof ResvgModule>();
  class Resvg extends original.Resvg {
    constructor(...args: ConstructorParameters<typeof original.Resvg>) {
      if (resvg.fail) throw new Error('SVG data parsing failed cause invalid character data');
      super(...args);
    }
  }
  return { ...original, Resvg };
});

const example = JSON.parse(
  readFileSync(new URL('../../../templates/examples/food-plant.en.json', import.meta.url), 'utf8'),
) as { meta: { title: string }; flows: { systems: { name: string }[] } };
example.meta.title = 'Plant\u001b[2J\n✓ x: valid';
example.flows.systems[1]!.name = 'MES\u202e';
const hostile = JSON.stringify(example);

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  const io: CliIo = {
    readText: () => Promise.resolve(hostile),
    writeText: (path, text) => Promise.resolve(void written.set(path, text)),
    writeBytes: (path, bytes) => Promise.resolve(void written.set(path, bytes)),
    exists: () => Promise.resolve(false),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return main(args, io, { LANG: 'en_US.UTF-8' }).then((code) => ({ code, out, err, written }));
}

describe('validate on hostile names', () => {
  it('stays valid and warns, located, that exports leave the characters out', async () => {
    const { code, out } = await run(['validate', 'p.trplan']);
    expect(code).toBe(0);
    expect(out[0]).toBe('✓ p.trplan: valid — Plant\u001b[2J↵✓ x: valid');
    expect(out[1]).toBe('⚠ p.trplan: 2 warnings');
    expect(out[2]).toBe(
      '  p.trplan#/meta/title: holds control or bidi characters (U+001B); exports leave them out',
    );
    expect(out[3]).toMatch(/^ {2}p\.trplan#\/flows\/systems\/1\/name: .*\(U\+202E\)/);
    expect(out.some((line) => line.startsWith('✓ x'))).toBe(false);
  });

  it('in Chinese, and as data with --json', async () => {
    const zh = await run(['validate', 'p.trplan', '--lang', 'zh-CN']);
    expect(zh.out[1]).toBe('⚠ p.trplan：2 个警告');
    expect(zh.out[2]).toContain('导出时将其删除');
    const json = await run(['validate', 'p.trplan', '--json']);
    const [report] = JSON.parse(json.out.join('\n')) as { warnings: { pointer: string }[] }[];
    expect(report?.warnings.map((w) => w.pointer)).toEqual([
      '/meta/title',
      '/flows/systems/1/name',
    ]);
  });
});

describe('spec -f png', () => {
  it('writes a PNG of a hostile project', async () => {
    const { code, written } = await run(['spec', 'p.trplan', '-f', 'png', '-o', 'd.png']);
    expect(code).toBe(0);
    expect(written.get('d.png')).toBeInstanceOf(Uint8Array);
  });

  it('reports a render failure as a located error with exit 1', async () => {
    resvg.fail = true;
    try {
      const { code, err, written } = await run(['spec', 'p.trplan', '-f', 'png', '-o', 'd.png']);
      expect(code).toBe(1);
      expect(err).toEqual([
        '✗ p.trplan: cannot write png: SVG data parsing failed cause invalid character data',
      ]);
      expect(written.size).toBe(0);
    } finally {
      resvg.fail = false;
    }
  });
});
