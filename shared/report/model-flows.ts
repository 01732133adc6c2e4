import { interfaceListRows } from '../flows/export-interface-list.ts';
import { joinList } from '../i18n/plural.ts';
import type { Scene } from '../diagram/scene-types.ts';
import type { ModelContext } from './model-context.ts';
import { words } from './report-text.ts';
import type { Block, ReportChapter } from './types.ts';

/** Chapter "Data flows": the diagram, the interface list and the validation findings. */

/** Columns of the interface list shown in the report (of the 19 in the spreadsheet). */
const COLUMN = {
  ref: 0,
  source: 1,
  target: 3,
  direction: 5,
  objects: 6,
  trigger: 7,
  protocol: 11,
  owner: 14,
  phase: 15,
} as const;

/** `scene` is the diagram as `diagramScene` draws it (async: ELK routes it). */
export function flowsChapter(ctx: ModelContext, scene: Scene): ReportChapter {
  const title = ctx.t(words.chapters.flows);
  const { doc, say } = ctx;
  if (doc.flows.systems.length === 0) {
    return {
      id: 'flows',
      title,
      intro: [{ kind: 'notice', text: ctx.t(words.notFilled.flows) }],
      subsections: [],
    };
  }
  const aspect = scene.height / Math.max(1, scene.width);
  const diagram: Block[] = [
    {
      kind: 'chart',
      title: say(
        `${doc.flows.systems.length} systems, ${doc.flows.flows.length} flows`,
        `${doc.flows.systems.length} 个系统，${doc.flows.flows.length} 条数据流`,
      ),
      height: Math.min(520, Math.max(200, 483 * aspect)),
      chart: { kind: 'scene', scene },
    },
  ];
  const list = interfaceListRows(doc, ctx.language);
  const interfaces: Block[] =
    list.rows.length === 0
      ? [{ kind: 'paragraph', text: say('No flows have been drawn yet.', '尚未绘制数据流。') }]
      : [
          {
            kind: 'table',
            columns: [
              { header: '#', width: 0.07 },
              { header: say('Source → target', '发送方 → 接收方'), width: 0.2 },
              { header: list.header[COLUMN.objects] ?? '', width: 0.22 },
              { header: say('Direction, trigger', '方向、触发'), width: 0.14 },
              { header: list.header[COLUMN.protocol] ?? '', width: 0.1 },
              { header: list.header[COLUMN.owner] ?? '', width: 0.11 },
              { header: list.header[COLUMN.phase] ?? '', width: 0.16 },
            ],
            rows: list.rows.map((row) => {
              const cell = (c: number) => String(row[c] ?? '');
              return [
                cell(COLUMN.ref),
                `${cell(COLUMN.source)} → ${cell(COLUMN.target)}`,
                cell(COLUMN.objects),
                joinList([cell(COLUMN.direction), cell(COLUMN.trigger)], ctx.language),
                cell(COLUMN.protocol),
                cell(COLUMN.owner),
                cell(COLUMN.phase),
              ];
            }),
          },
        ];
  const severity = {
    error: say('error', '错误'),
    warning: say('warning', '警告'),
    info: say('note', '提示'),
  };
  const findings: Block[] =
    ctx.findings.length === 0
      ? [
          {
            kind: 'paragraph',
            text: say('The diagram passes every validation rule.', '数据流图通过了全部校验规则。'),
          },
        ]
      : [
          {
            kind: 'table',
            columns: [
              { header: say('Severity', '级别'), width: 0.1 },
              { header: say('Finding', '问题'), width: 0.5 },
              { header: say('Fix', '修正建议'), width: 0.4 },
            ],
            rows: ctx.findings.map((f) => [severity[f.severity], ctx.t(f.message), ctx.t(f.fix)]),
            emphasisRows: ctx.findings.flatMap((f, i) => (f.severity === 'error' ? [i] : [])),
          },
        ];
  return {
    id: 'flows',
    title,
    intro: [],
    subsections: [
      { title: say('Data-flow diagram', '数据流图'), blocks: diagram },
      { title: say('Interface list', '接口清单'), blocks: interfaces },
      { title: say('Validation findings', '校验结果'), blocks: findings },
    ],
  };
}
