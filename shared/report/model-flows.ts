import { interfaceListRows } from '../flows/export-interface-list.ts';
import { flowDiagramScene } from './flow-scene.ts';
import type { ModelContext } from './model-context.ts';
import { words } from './report-text.ts';
import type { Block, ReportChapter } from './types.ts';

/** Chapter "Data flows": the diagram, the interface list and the validation findings. */

/** Columns of the interface list shown in the report (of the 19 in the spreadsheet). */
const INTERFACE_COLUMNS = [0, 1, 3, 6, 5, 7, 11, 14, 15] as const;
const INTERFACE_WIDTHS = [0.07, 0.13, 0.13, 0.2, 0.09, 0.1, 0.09, 0.09, 0.1] as const;

export function flowsChapter(ctx: ModelContext): ReportChapter {
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
  const scene = flowDiagramScene(doc, ctx.language);
  const aspect = scene.height / Math.max(1, scene.width);
  const diagram: Block[] = [
    {
      kind: 'chart',
      title: say(
        `${doc.flows.systems.length} systems, ${doc.flows.flows.length} flows; core flows in colour, numbers refer to the interface list`,
        `${doc.flows.systems.length} 个系统，${doc.flows.flows.length} 条数据流；彩色为核心数据流，编号对应接口清单`,
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
            columns: INTERFACE_COLUMNS.map((c, i) => ({
              header: list.header[c] ?? '',
              width: INTERFACE_WIDTHS[i],
            })),
            rows: list.rows.map((row) => INTERFACE_COLUMNS.map((c) => String(row[c] ?? ''))),
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
