import { describe, expect, it } from 'vitest';
import {
  exportedDocument,
  printedDocument,
  shownDocument,
  shownLine,
  unsafeTextWarnings,
} from '../../../shared/text/document-text.ts';
import { exportText, fileSafeText, unsafeCodePoints } from '../../../shared/text/file-safe-text.ts';
import { suggestedFileName } from '../../../shared/model/file-names.ts';
import { exampleDocument } from '../shared/fixtures.ts';

/** The rule for text in exports (XML 1.0 §2.2 Char, UAX #9, CVE-2021-42574), case by case. */

describe('fileSafeText', () => {
  it.each([
    ['plain text and Chinese stay', 'Plant 原材料追溯 ✓', 'Plant 原材料追溯 ✓'],
    ['ESC of a terminal sequence goes, its printable tail stays', 'A\u001b[2JB', 'A[2JB'],
    ['BEL, NUL, VT, FF go', 'a\u0007b\u0000c\u000bd\u000ce', 'abcde'],
    ['TAB, LF and CR are XML characters and stay', 'a\tb\nc\rd', 'a\tb\nc\rd'],
    ['DEL and C1 controls go (0x9B is a one-byte CSI)', 'a\u007fb\u0085c\u009b31m', 'abc31m'],
    ['Trojan Source embeddings and overrides go', 'x\u202a\u202b\u202c\u202d\u202ey', 'xy'],
    ['bidi isolates go', 'x\u2066\u2067\u2068\u2069y', 'xy'],
    ['the implicit marks LRM, RLM, ALM stay', 'x\u200e\u200f\u061cy', 'x\u200e\u200f\u061cy'],
    ['a lone high surrogate goes', 'a\ud800b', 'ab'],
    ['a lone low surrogate goes', 'a\udfffb', 'ab'],
    ['a surrogate pair (an emoji, a CJK Ext. B character) stays', '🚨𠀀', '🚨𠀀'],
    ['U+FFFE and U+FFFF (not characters) go', 'a\ufffeb\uffffc', 'abc'],
    ['U+FFFD, the last XML character of the BMP, stays', 'a\ufffdb', 'a\ufffdb'],
    ['U+E000 (private use) stays', 'a\ue000b', 'a\ue000b'],
  ])('%s', (_name, input, expected) => {
    expect(fileSafeText(input)).toBe(expected);
    expect(fileSafeText(expected)).toBe(expected);
  });
});

describe('exportText', () => {
  it.each([
    ['single-line', 'ERP\n✓ x: valid', 'ERP ✓ x: valid'],
    ['single-line', 'a\r\nb\rc\td\u2028e', 'a b c d e'],
    ['single-line', 'Plant\u001b[2J\u202e', 'Plant[2J'],
    ['multi-line', 'one\r\ntwo\rthree\nfour', 'one\ntwo\nthree\nfour'],
    ['multi-line', 'a\tb\u2029c', 'a\tb\nc'],
    ['multi-line', 'note\u0007\u202e', 'note'],
  ] as const)('%s %j → %j', (shape, input, expected) => {
    expect(exportText(input, shape)).toBe(expected);
  });
});

describe('unsafeCodePoints', () => {
  it.each([
    ['A\u001b[2J\u001b[H\u202e', ['U+001B', 'U+202E']],
    ['x\ud800', ['U+D800']],
    ['tab\tline\n, marks \u200f, emoji 🚨', []],
  ])('%j → %j', (input, expected) => {
    expect(unsafeCodePoints(input)).toEqual(expected);
  });
});

describe('the document as exported', () => {
  const doc = exampleDocument();
  const hostile = {
    ...doc,
    meta: { ...doc.meta, title: 'Plant\u001b[2J\n✓ x: valid', notes: 'one\ntwo\u202e' },
  };

  it('cleans single-line and multi-line fields by their own rule', () => {
    const exported = exportedDocument(hostile);
    expect(exported.meta.title).toBe('Plant[2J ✓ x: valid');
    expect(exported.meta.notes).toBe('one\ntwo');
    expect(hostile.meta.title).toBe('Plant\u001b[2J\n✓ x: valid');
  });

  it('returns a clean document as itself, and a cleaned one unchanged again', () => {
    expect(exportedDocument(doc)).toBe(doc);
    const exported = exportedDocument(hostile);
    expect(exportedDocument(exported)).toBe(exported);
    expect(exported.flows).toBe(hostile.flows);
  });

  it('shows a line break in a name as ↵ and keeps the lines of notes', () => {
    const shown = shownDocument(hostile);
    expect(shown.meta.title).toBe('Plant\u001b[2J↵✓ x: valid');
    expect(shown.meta.notes).toBe(hostile.meta.notes);
  });

  it.each([
    ['ERP\n✓ x: valid', 'ERP↵✓ x: valid'],
    ['one\r\ntwo\rthree', 'one↵two↵three'],
    ['plain', 'plain'],
  ])('shows the single value %j as %j', (text, shown) => {
    expect(shownLine(text)).toBe(shown);
  });

  it('prints the shown document on screen and the document itself as JSON', () => {
    expect(printedDocument(hostile, true)).toBe(hostile);
    expect(printedDocument(hostile, false)).toEqual(shownDocument(hostile));
  });

  it('warns once per field, located, in both languages', () => {
    const withSystem = {
      ...hostile,
      flows: {
        ...hostile.flows,
        systems: hostile.flows.systems.map((s, i) =>
          i === 1 ? { ...s, product: `n\u0085`, name: 'MES' } : s,
        ),
      },
    };
    const warnings = unsafeTextWarnings(withSystem);
    expect(warnings.map((w) => w.pointer)).toEqual([
      '/meta/title',
      '/meta/notes',
      '/flows/systems/1/product',
    ]);
    expect(warnings[2]?.message.en).toBe(
      'holds control or bidi characters (U+0085) (in “MES”); exports leave them out',
    );
    expect(warnings[2]?.message['zh-CN']).toBe(
      '含有控制字符或双向文字控制符（U+0085）（属于“MES”）；导出时将其删除',
    );
    expect(unsafeTextWarnings(doc)).toEqual([]);
  });
});

describe('suggested file names', () => {
  it('leave out bidi overrides (an "evil\u202etxt.exe" name)', () => {
    expect(suggestedFileName('report\u202efdp.exe')).toBe('report fdp.exe.trplan');
  });
});
