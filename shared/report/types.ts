import type { Scene } from '../diagram/scene-types.ts';
import type { Language, ReportSection } from '../model/schema.ts';

/**
 * The report as data: what goes on which page, in one language, computed from the project
 * document alone (model.ts). The PDF renderer (render-pdf.ts) lays it out; tests snapshot it.
 * All text is final, in the report's language; charts are numbers, drawn as vectors.
 */

/** A series of a chart, with its colour (#rrggbb). */
export type ChartSeries = { name: string; values: number[]; color: string };

/** Readiness per dimension against target, 0–100 on every axis. */
export type RadarChart = { kind: 'radar'; axes: string[]; max: number; series: ChartSeries[] };

/**
 * Horizontal stacked bars: one bar per category, one segment per series. Contribution bars
 * (criterion × weight) and rank probabilities (rank 1, 2, …) are both this shape.
 */
export type StackedBarChart = {
  kind: 'stacked-bars';
  categories: string[];
  series: ChartSeries[];
  /** The full scale of a bar (1 for shares and probabilities). */
  max: number;
  format: 'percent' | 'number';
};

/** Tornado: the first choice's margin over the runner-up when each weight swings low/high. */
export type TornadoChart = {
  kind: 'tornado';
  rows: { label: string; low: number; high: number }[];
  base: number;
  lowLabel: string;
  highLabel: string;
};

/** Cumulative cost per year and candidate. */
export type LineChart = {
  kind: 'lines';
  xLabels: string[];
  series: ChartSeries[];
  unit: string;
};

/** A Gantt chart over working days with the critical path highlighted. */
export type GanttChart = {
  kind: 'gantt';
  /** ISO dates of the first and last day shown. */
  start: string;
  finish: string;
  rows: {
    label: string;
    start: string;
    finish: string;
    isCritical: boolean;
    isMilestone: boolean;
    isPhase: boolean;
    percentComplete: number;
  }[];
  legend: { critical: string; task: string; milestone: string };
};

/** 5×5 risk matrix: likelihood rows × impact columns, with the risk numbers in each cell. */
export type HeatMapChart = {
  kind: 'heat-map';
  /** cells[likelihood − 1][impact − 1]: labels of the risks there ("R1"). */
  cells: string[][][];
  likelihoodLabel: string;
  impactLabel: string;
};

/** Any vector drawing (the data-flow diagram). */
export type SceneChart = { kind: 'scene'; scene: Scene };

export type Chart =
  RadarChart | StackedBarChart | TornadoChart | LineChart | GanttChart | HeatMapChart | SceneChart;

export type TableColumn = {
  header: string;
  /** Share of the text width; columns without one share what is left. */
  width?: number;
  align?: 'left' | 'right' | 'center';
};

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'muted' | 'alert' }
  | { kind: 'bullets'; items: string[] }
  /** A row of key figures (executive summary): a big value over a small label. */
  | { kind: 'figures'; items: { label: string; value: string }[] }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; emphasisRows?: number[] }
  | { kind: 'chart'; chart: Chart; title: string; height: number }
  /** A plain statement that a step has not been filled in yet. */
  | { kind: 'notice'; text: string }
  | { kind: 'page-break' };

/** A subsection: listed in the table of contents. */
export type ReportSubsection = { title: string; blocks: Block[] };

/** A section: starts on a new page; its subsections are listed in the table of contents. */
export type ReportChapter = {
  id: ReportSection;
  title: string;
  /** Blocks before the first subsection. */
  intro: Block[];
  subsections: ReportSubsection[];
};

export type ReportModel = {
  language: Language;
  paper: 'a4' | 'letter';
  brandColor: string;
  /** PNG or JPEG data URL, or ''. */
  logo: string;
  /** ISO date on the cover, also the PDF's creation date (for identical bytes). */
  date: string;
  confidentiality: string;
  cover: {
    title: string;
    subtitle: string;
    lines: { label: string; value: string }[];
  };
  /** Running header text (project title) and fixed words of the layout. */
  words: { contents: string; pageOf: string; header: string };
  chapters: ReportChapter[];
};

/** Fonts as TrueType bytes: Noto Sans SC Regular and Bold. */
export type ReportFonts = { regular: Uint8Array; bold: Uint8Array };
