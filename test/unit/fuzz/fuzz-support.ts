import fc from 'fast-check';
import { expect } from 'vitest';
import type { LocatedError } from '../../../shared/model/located-error.ts';

/**
 * Shared settings of the fuzzers (issue 11, "the harness"): 10,000 inputs per entry point, a
 * fixed seed in CI (reproducible failures) and a random one locally (new inputs every run);
 * fast-check prints the seed and the shrunk counterexample of any failure.
 */
export const FUZZ_RUNS = 10_000;
export const FUZZ_SEED = process.env.CI ? 20_261_130 : undefined;

export const fuzzParameters = (numRuns = FUZZ_RUNS): fc.Parameters<unknown> => ({
  numRuns,
  seed: FUZZ_SEED,
  // A hang is a failure too: the whole run of 10,000 inputs must end within 55 s (a synchronous
  // property cannot be stopped mid-input; an input that never ends fails the test's own
  // 120 s timeout instead). A bound on the run, not on each input, and no memory bound.
  interruptAfterTimeLimit: 55_000,
  markInterruptAsFailure: true,
});

/** Every error is located: a JSON pointer ('' for the root) and text in both languages. */
export function expectLocated(errors: readonly LocatedError[]): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(e.pointer === '' || e.pointer.startsWith('/')).toBe(true);
    expect(e.message.en.length).toBeGreaterThan(0);
    expect(e.message['zh-CN'].length).toBeGreaterThan(0);
  }
}

/** Every JSON pointer to a value in `value` (objects and arrays included). */
export function pointersOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Object.entries(value);
  return [
    prefix,
    ...entries.flatMap(([key, child]) =>
      pointersOf(child, `${prefix}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`),
    ),
  ];
}

type Mutation =
  | { kind: 'replace'; pointer: string; value: unknown }
  | { kind: 'delete'; pointer: string }
  | { kind: 'add'; pointer: string; key: string; value: unknown };

/** A structural mutation of `base`: replace a value, delete a key or add one. */
export function mutationOf(base: unknown): fc.Arbitrary<Mutation> {
  const pointers = pointersOf(base).filter((p) => p !== '');
  const pointer = fc.constantFrom(...pointers);
  return fc.oneof(
    fc.record({
      kind: fc.constant('replace' as const),
      pointer,
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
    fc.record({ kind: fc.constant('delete' as const), pointer }),
    fc.record({
      kind: fc.constant('add' as const),
      pointer: fc.constantFrom('', ...pointers),
      key: fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom('__proto__', '$ref', 'constructor'),
      ),
      value: fc.jsonValue({ maxDepth: 1 }),
    }),
  );
}

/** `base` (deep-copied) with one mutation applied. */
export function applyMutation(base: unknown, m: Mutation): unknown {
  const copy = structuredClone(base);
  const tokens = m.pointer
    .split('/')
    .slice(1)
    .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (m.kind === 'add') {
    let node = copy as Record<string, unknown>;
    for (const t of tokens) node = node[t] as Record<string, unknown>;
    if (typeof node === 'object' && node !== null && !Array.isArray(node))
      Object.defineProperty(node, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return copy;
  }
  if (tokens.length === 0) return m.kind === 'replace' ? m.value : undefined;
  let parent = copy as Record<string, unknown>;
  for (const t of tokens.slice(0, -1)) parent = parent[t] as Record<string, unknown>;
  const last = tokens.at(-1)!;
  if (m.kind === 'replace') parent[last] = m.value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

/** Text edits of `base`: insert, delete or overwrite a few characters somewhere. */
export function textEditOf(base: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.nat({ max: base.length }),
      fc.nat({ max: 8 }),
      fc.string({
        maxLength: 4,
        unit: fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          '"',
          ',',
          ':',
          '\\',
          '0',
          'a',
          '\u0000',
          '\ud800',
          ' ',
        ),
      }),
    )
    .map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(at + cut));
}

/** `value` behind proxies that count every property read, however deep. */
export function counted<T extends object>(value: T): { value: T; reads: () => number } {
  let reads = 0;
  const proxies = new WeakMap<object, unknown>();
  const wrap = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (!proxies.has(v)) {
      proxies.set(
        v,
        new Proxy(v, {
          get(target, key, receiver) {
            reads++;
            return wrap(Reflect.get(target, key, receiver));
          },
        }),
      );
    }
    return proxies.get(v);
  };
  return { value: wrap(value) as T, reads: () => reads };
}
