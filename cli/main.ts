import { Command, CommanderError, Option } from 'commander';
import packageJson from '../package.json';
import type { Language } from '../shared/model/schema.ts';
import { auditCommand } from './audit-command.ts';
import { newCommand, templatesCommand, validateCommand } from './commands.ts';
import { EXIT, nodeIo, type CliIo } from './io.ts';
import { planCommand } from './plan-command.ts';
import { specFormats } from '../shared/flows/render-spec.ts';
import { diagramImageFormats } from './diagram-image.ts';
import { localIsoDate } from '../shared/report/report-edits.ts';
import { reportCommand } from './report-command.ts';
import { scoreCommand } from './score-command.ts';
import { serveCommand } from './serve-command.ts';
import type { ScaleOutFlags } from './workshop/scale-out.ts';
import { specCommand } from './spec-command.ts';

/** The output language: --lang, else the environment's locale (LANG / LC_ALL), else English. */
export function cliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Language {
  const value = flag ?? env.TRACEREADY_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return value.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * Runs the `traceready` command line and resolves to the exit code. Effects go through `io`,
 * so tests run it in-process.
 */
export async function main(
  argv: string[],
  io: CliIo = nodeIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let exitCode: number = EXIT.ok;
  const langOption = () =>
    new Option('--lang <language>', 'output language').choices(['en', 'zh-CN']);
  const program = new Command('traceready')
    .description(
      'TraceReady — plan a raw-material traceability integration with ERP/MES (the three-step model).\n' +
        'TraceReady — 原材料质量追溯系统对接规划（三步走模型）。',
    )
    .version(packageJson.version)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
    });

  program
    .command('validate')
    .description('check project files; prints located errors, exits 1 if any file is invalid')
    .argument('<files...>', '.trplan or .json project files')
    .option('--json', 'machine-readable report')
    .addOption(langOption())
    .action(async (files: string[], options: { json?: boolean; lang?: string }) => {
      exitCode = await validateCommand(
        files,
        { json: options.json, language: cliLanguage(options.lang, env) },
        io,
      );
    });

  program
    .command('audit')
    .description(
      'step-1 self-audit report: readiness, red flags, gap list, preconditions and hand-offs',
    )
    .argument('<file>', '.trplan or .json project file')
    .option('--json', 'machine-readable report')
    .addOption(langOption())
    .action(async (file: string, options: { json?: boolean; lang?: string }) => {
      exitCode = await auditCommand(
        file,
        { json: options.json, language: cliLanguage(options.lang, env) },
        io,
      );
    });

  program
    .command('score')
    .description(
      'step-2 ranking: weighted sum and TOPSIS, weights, AHP CR, thresholds, rank probabilities',
    )
    .argument('<file>', '.trplan or .json project file')
    .option('--scope <scope>', 'option (default), vendor or both')
    .option('--seed <n>', 'Monte Carlo seed, an integer (default 42)')
    .option('--json', 'machine-readable result')
    .addOption(langOption())
    .action(
      async (
        file: string,
        options: { scope?: string; seed?: string; json?: boolean; lang?: string },
      ) => {
        exitCode = await scoreCommand(
          file,
          { ...options, language: cliLanguage(options.lang, env) },
          io,
        );
      },
    );

  program
    .command('spec')
    .description(
      'export integration specifications of the data-flow diagram, then list its findings with fixes',
    )
    .argument('<file>', '.trplan or .json project file')
    .option(
      '-f, --format <format>',
      `one of: ${[...specFormats, ...diagramImageFormats].join(', ')} (default: from the output's extension)`,
    )
    .requiredOption(
      '-o, --output <path>',
      'where to write the specification (.yaml/.yml writes YAML; - for standard output)',
    )
    .option('--json', 'machine-readable result, with the diagram findings')
    .addOption(langOption())
    .action(
      async (
        file: string,
        options: { format?: string; output: string; json?: boolean; lang?: string },
      ) => {
        exitCode = await specCommand(
          file,
          {
            format: options.format,
            output: options.output,
            json: options.json,
            language: cliLanguage(options.lang, env),
          },
          io,
        );
      },
    );

  program
    .command('report')
    .description('PDF report of one project (-o) or of several (--out-dir), one line per file')
    .argument('<files...>', '.trplan or .json project files')
    .option('-o, --output <path>', 'where to write the PDF (one project)')
    .option('--out-dir <dir>', 'folder for the PDFs (one per project, named after the file)')
    .option('--sections <list>', 'comma-separated: summary,audit,options,flows,rollout,appendix')
    .option('--paper <paper>', 'a4 or letter')
    .option('--date <yyyy-mm-dd>', 'report date when the project has none (default: today)')
    .addOption(langOption())
    .action(
      async (
        files: string[],
        options: {
          output?: string;
          outDir?: string;
          sections?: string;
          paper?: string;
          date?: string;
          lang?: string;
        },
      ) => {
        exitCode = await reportCommand(
          files,
          {
            ...options,
            language: options.lang === 'en' || options.lang === 'zh-CN' ? options.lang : undefined,
            messages: cliLanguage(options.lang, env),
            today: options.date ?? env.TRACEREADY_TODAY ?? localIsoDate(new Date()),
          },
          io,
        );
      },
    );

  program
    .command('plan')
    .description(
      'step-3 schedule: finish date, critical path, phases with go-live and gate status, findings; ' +
        'with -o writes the plan as .ics, .csv or MS Project XML',
    )
    .argument('<file>', '.trplan or .json project file')
    .option('--json', 'machine-readable summary')
    .option('-f, --format <format>', 'ics, csv or mspdi (default: from the extension of -o)')
    .option('-o, --output <path>', 'write the plan to this file instead of printing a summary')
    .addOption(langOption())
    .action(
      async (
        file: string,
        options: { json?: boolean; format?: string; output?: string; lang?: string },
      ) => {
        const now = new Date().toISOString();
        exitCode = await planCommand(
          file,
          {
            ...options,
            language: cliLanguage(options.lang, env),
            today: env.TRACEREADY_TODAY ?? now.slice(0, 10),
            now,
          },
          io,
        );
      },
    );

  program
    .command('serve')
    .description(
      'live workshop: serve the web app and real-time sync for one project until Ctrl+C; ' +
        'prints the join URL, its QR code and the facilitator URL; saves the file as it changes',
    )
    .argument('<file>', '.trplan project file')
    .option('--port <port>', 'TCP port (default 1234; 0 for any free port)')
    .option('--host <address>', 'address to bind (default 127.0.0.1; 0.0.0.0 for the LAN)')
    .option('--no-qr', 'do not print the QR code')
    .option('--redis <url>', 'scale out: share rooms with other server processes via Redis')
    .option('--database <url>', 'keep rooms in PostgreSQL (postgres://…) instead of SQLite')
    .addOption(langOption())
    .action(
      async (
        file: string,
        options: { port?: string; host?: string; qr?: boolean; lang?: string } & ScaleOutFlags,
      ) => {
        exitCode = await serveCommand(
          file,
          { ...options, language: cliLanguage(options.lang, env) },
          io,
        );
      },
    );

  program
    .command('new')
    .description('create a project file from a template')
    .requiredOption('-t, --template <id>', 'template id (see `traceready templates`)')
    .requiredOption('-o, --output <file>', 'where to write the .trplan file')
    .option('-f, --force', 'overwrite an existing file')
    .addOption(langOption())
    .action(
      async (options: { template: string; output: string; force?: boolean; lang?: string }) => {
        exitCode = await newCommand(
          {
            ...options,
            language: cliLanguage(options.lang, env),
            now: new Date().toISOString(),
            newId: () => crypto.randomUUID(),
          },
          io,
        );
      },
    );

  program
    .command('templates')
    .description('list the project templates')
    .option('--json', 'machine-readable list')
    .addOption(langOption())
    .action((options: { json?: boolean; lang?: string }) => {
      exitCode = templatesCommand(
        { json: options.json, language: cliLanguage(options.lang, env) },
        io,
      );
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors with 1 → our 2.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
  return exitCode;
}
