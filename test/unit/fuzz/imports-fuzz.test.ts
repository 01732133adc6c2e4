import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IpcRequestError,
  registerIpcHandlers,
  type IpcInvokeEventLike,
  type IpcMainLike,
  type IpcRoutes,
} from '../../../electron/main/ipc-handlers.ts';
import type { AppLocation } from '../../../electron/main/security.ts';
import {
  exportDiagramModel,
  importDiagramModel,
  serializeDiagramModel,
} from '../../../shared/flows/diagram-model.ts';
import { ipcRequests, type IpcChannel } from '../../../shared/ipc-contract.ts';
import { exportScoresCsv, importScoresCsv } from '../../../shared/spreadsheet/score-csv.ts';
import { importScoreWorkbook } from '../../../shared/spreadsheet/score-import.ts';
import { exportScoreWorkbook } from '../../../shared/spreadsheet/score-workbook.ts';
import { deepFreeze, exampleDocument, sequentialIds } from '../shared/fixtures.ts';
import {
  applyMutation,
  expectLocated,
  fuzzParameters,
  mutationOf,
  textEditOf,
} from './fuzz-support.ts';

/**
 * Spreadsheet import, diagram-model import and IPC payloads under 10,000 generated or mutated
 * inputs each: a located error or a valid result, and the open project never modified.
 */

const doc = deepFreeze(exampleDocument());

describe('fuzz: spreadsheet import', { timeout: 120_000 }, () => {
  const csv = exportScoresCsv(doc, 'option', 'en');
  const cells = csv.split(/\r?\n/);

  it('10,000 CSV texts: edits, shuffled rows and hostile numbers', () => {
    const hostileNumber = fc.oneof(
      fc.constantFrom('1,000', '8,5', '1e308', '-0', 'NaN', '１０', '=1+1', '', ' ', '1,000,00'),
      fc.double().map(String),
    );
    const text = fc.oneof(
      { weight: 3, arbitrary: textEditOf(csv) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.nat({ max: cells.length - 2 }), hostileNumber)
          .map(([row, n]) =>
            cells
              .map((line, i) => (i === row + 1 ? line.replace(/,[^,]*,,,/, `,"${n}",,,`) : line))
              .join('\n'),
          ),
      },
      {
        weight: 1,
        arbitrary: fc
          .shuffledSubarray(cells.slice(1))
          .map((rows) => [cells[0], ...rows].join('\n')),
      },
    );
    fc.assert(
      fc.property(text, (t) => {
        const result = importScoresCsv(doc, t, 'option', sequentialIds());
        if (result.ok) {
          for (const s of result.document.decision.scores)
            for (const v of [s.value, s.low, s.high])
              expect(v === null || Number.isFinite(v)).toBe(true);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.message['zh-CN'].length).toBeGreaterThan(0);
        }
      }),
      fuzzParameters(),
    );
  });

  it('10,000 workbooks: random bytes, truncations and byte flips of a real one', async () => {
    const real = await exportScoreWorkbook(doc, 'option', 'en');
    const bytes = fc.oneof(
      { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }) },
      { weight: 2, arbitrary: fc.nat({ max: real.length }).map((n) => real.slice(0, n)) },
      {
        weight: 1,
        arbitrary: fc
          .array(fc.tuple(fc.nat({ max: real.length - 1 }), fc.integer({ min: 0, max: 255 })), {
            minLength: 1,
            maxLength: 4,
          })
          .map((flips) => {
            const copy = real.slice();
            for (const [at, b] of flips) copy[at] = b;
            return copy;
          }),
      },
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => {
        const result = await importScoreWorkbook(doc, b, 'option', sequentialIds());
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      fuzzParameters(),
    );
  });
});

describe('fuzz: diagram-model import', { timeout: 120_000 }, () => {
  it('10,000 mutated and edited diagram models', () => {
    const model = exportDiagramModel(doc);
    const text = serializeDiagramModel(model);
    const input = fc.oneof(
      {
        weight: 3,
        arbitrary: mutationOf(model).map((m) => JSON.stringify(applyMutation(model, m)) ?? ''),
      },
      { weight: 2, arbitrary: textEditOf(text) },
      { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
    );
    fc.assert(
      fc.property(input, (t) => {
        const result = importDiagramModel(t);
        if (!result.ok) expectLocated(result.errors);
        else expect(Array.isArray(result.flows.systems)).toBe(true);
      }),
      fuzzParameters(),
    );
  });
});

describe('fuzz: IPC payloads', { timeout: 120_000 }, () => {
  const APP_URL = 'file:///opt/TraceReady/resources/app.asar/dist/renderer/index.html';
  const location: AppLocation = {
    rendererIndexUrl: APP_URL,
    devServerUrl: null,
    platform: 'linux',
  };
  type Listener = (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>;

  it('10,000 requests from any sender with any arguments: refused, or a payload that fits', async () => {
    const listeners = new Map<string, Listener>();
    const ipc: IpcMainLike = { handle: (channel, listener) => listeners.set(channel, listener) };
    const calls: { channel: string; request: unknown }[] = [];
    const routes = Object.fromEntries(
      Object.keys(ipcRequests).map((channel) => [
        channel,
        (request: unknown) => {
          calls.push({ channel, request });
          return Promise.resolve(undefined);
        },
      ]),
    ) as unknown as IpcRoutes;
    registerIpcHandlers(ipc, location, routes);
    const channels = Object.keys(ipcRequests) as IpcChannel[];
    const sender = fc.oneof(
      { weight: 4, arbitrary: fc.constant(APP_URL) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'https://evil.example/',
          'file:///tmp/x.html',
          'about:blank',
          '',
        ),
      },
      { weight: 1, arbitrary: fc.webUrl() },
    );
    const payload = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.record({
        path: fc.oneof(fc.string(), fc.constant('/home/u/p.trplan'), fc.constant(null)),
        suggestedName: fc.string(),
        document: fc.anything({ maxDepth: 2 }),
      }),
      fc.record({ url: fc.oneof(fc.webUrl(), fc.string()) }),
      fc.record({ language: fc.constantFrom('en', 'zh-CN', 'fr') }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channels),
        sender,
        fc.array(payload, { maxLength: 2 }),
        async (channel, url, args) => {
          calls.length = 0;
          const frozen = args.map((a) => deepFreeze(a));
          try {
            await listeners.get(channel)!({ senderFrame: { url } }, ...frozen);
            // Accepted: only from the app, and the route saw exactly what the contract allows.
            expect(url).toBe(APP_URL);
            expect(calls).toHaveLength(1);
            expect(ipcRequests[channel].safeParse(calls[0]!.request).success).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(IpcRequestError);
            expect(calls).toHaveLength(0);
          }
        },
      ),
      fuzzParameters(),
    );
  });
});
