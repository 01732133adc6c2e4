import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { serveCommand } from '../../../cli/serve-command.ts';
import { startWorkshopServer } from '../../../cli/workshop/server.ts';
import { qrText } from '../../../cli/workshop/qr-text.ts';
import {
  captureIo,
  connect,
  converged,
  projectFile,
  useLiveServerHooks,
  until,
} from './core-support.ts';

useLiveServerHooks();

describe('traceready serve', () => {
  it('prints where it binds, the join URL with a QR code and the facilitator URL; saves on stop', async () => {
    const file = await projectFile();
    const io = captureIo();
    const code = await serveCommand(file, { port: '0', language: 'en' }, io, {
      start: (options) => startWorkshopServer({ ...options, log: () => undefined }),
      untilStopped: async (handle) => {
        const client = await connect(handle, { token: handle.facilitatorToken });
        client.edit((d) => void (d.meta.title = 'Saved on stop'));
        await converged(handle, [client]);
        client.close();
      },
    });
    expect(code).toBe(0);
    const text = io.lines.join('\n');
    expect(text).toMatch(/Listening on 127\.0\.0\.1:\d+ — this computer only/);
    const join = /Participants[^\n]*\n\s+(http:\S+)/.exec(text)?.[1];
    const facilitator = /Facilitator[^\n]*\n\s+(http:\S+)/.exec(text)?.[1];
    expect(new URL(join!).searchParams.get('workshop')).toBe(
      new URL(facilitator!).searchParams.get('workshop'),
    );
    expect(new URL(join!).searchParams.get('token')).not.toBe(
      new URL(facilitator!).searchParams.get('token'),
    );
    expect(text).toContain(qrText(join!));
    expect(text).toContain(`resumable state in ${file}.workshop.sqlite`);
    expect(text).toContain('Stopped;');
    expect(await readFile(file, 'utf8')).toContain('"title": "Saved on stop"');
  }, 30_000);

  it('says in Chinese that --host opens it to the network', async () => {
    const io = captureIo();
    await serveCommand(
      await projectFile(),
      { port: '0', host: '0.0.0.0', qr: false, language: 'zh-CN' },
      io,
      {
        start: (options) => startWorkshopServer({ ...options, log: () => undefined }),
        untilStopped: () => Promise.resolve(),
      },
    );
    expect(io.lines.join('\n')).toMatch(/监听 0\.0\.0\.0:\d+ — 已向网络开放/);
  }, 30_000);

  it("prints the server's log in the CLI's language, a participant's terminal escapes made inert", async () => {
    const io = captureIo();
    await serveCommand(await projectFile(), { port: '0', qr: false, language: 'zh-CN' }, io, {
      untilStopped: async (handle) => {
        const name = '\u001b[2JMallory';
        const forger = await connect(handle, {
          token: handle.participantToken,
          name,
          department: 'qc',
        });
        forger.doc.getMap('payload').set('x', 'y');
        await until(
          () => forger.messages.some((m) => m.type === 'traceready:rejected'),
          'the rejection',
        );
        forger.close();
      },
    });
    const errors = io.errors.join('\n');
    expect(errors).toContain('已拒绝来自 \\u001b[2JMallory 的更新');
    expect(errors).not.toContain('\u001b');
  }, 30_000);

  it('refuses a file that is not a valid project, and a bad port', async () => {
    const file = await projectFile();
    await writeFile(file, '{"schemaVersion": 2, "id": "x"}');
    const io = captureIo();
    expect(await serveCommand(file, { port: '0', language: 'en' }, io)).toBe(1);
    expect(io.errors.join('\n')).toContain('is not a valid project');
    expect(await serveCommand(file, { port: 'http', language: 'en' }, io)).toBe(2);
    const zh = captureIo();
    expect(await serveCommand(file, { port: '0', language: 'zh-CN' }, zh)).toBe(1);
    expect(zh.errors.join('\n')).toContain('不是有效的项目文件');
  });

  it('draws a QR code of block characters only, no terminal escapes', () => {
    const qr = qrText('http://192.168.1.5:1234/?workshop=abc&token=def');
    expect(qr).toMatch(/^[█▀▄ \n]+$/);
    const rows = qr.split('\n');
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });
});
