import type { diagramEn } from './diagram-en.ts';

/** 数据流图的面板、专注模式、泳道与图片导出的中文文字。 */
export const diagramZhCN = {
  palette: '系统',
  showPalette: '显示系统面板',
  hidePalette: '隐藏系统面板',
  inspector: '属性',
  pinInspector: '始终显示属性面板',
  unpinInspector: '仅在选中元素时显示属性面板',
  validation: '校验',
  showValidation: '显示校验结果',
  hideValidation: '隐藏校验结果',
  focus: '专注',
  focusOn: '专注于数据流图（按 Esc 退出）',
  focusOff: '退出专注模式',
  more: '更多',
  objects_one: '{{count}} 个数据对象',
  objects_other: '{{count}} 个数据对象',
  lane: {
    upstream: '上游（供应商）',
    internal: '工厂内部',
    downstream: '下游（客户）',
  },
  image: {
    svg: '数据流图图片（SVG，矢量）',
    pngWhite: '数据流图图片（PNG，白色背景）',
    pngTransparent: '数据流图图片（PNG，透明背景）',
  },
} satisfies typeof diagramEn;
