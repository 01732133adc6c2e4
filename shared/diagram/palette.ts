import type { Lane } from './geometry-types.ts';

/**
 * Colours of the diagram in a light and a dark theme. Exports always use the light palette
 * (paper and slides); the canvas follows the app's theme. Edge and text colours keep at least
 * 4.5:1 contrast with their background (WCAG 2.2 SC 1.4.3), lane fills stay faint so the
 * systems and routes stand out.
 */
export type DiagramPalette = {
  background: string;
  laneFill: Record<Lane, string>;
  laneStroke: string;
  laneAccent: Record<Lane, string>;
  nodeFill: string;
  nodeStroke: string;
  name: string;
  caption: string;
  edge: string;
  edgeWarning: string;
  edgeSelected: string;
  chipFill: string;
  chipStroke: string;
  chipText: string;
  noteFill: string;
  noteStroke: string;
  noteText: string;
};

const accent: Record<Lane, string> = {
  upstream: '#7c5cff',
  internal: '#0e7c66',
  downstream: '#d46b08',
};

export const lightPalette: DiagramPalette = {
  background: '#ffffff',
  laneFill: { upstream: '#f6f4ff', internal: '#f0f8f5', downstream: '#fff7ee' },
  laneStroke: '#d6d6e0',
  laneAccent: accent,
  nodeFill: '#ffffff',
  nodeStroke: '#8c8c99',
  name: '#1f1f1f',
  caption: '#595959',
  edge: '#4a5568',
  edgeWarning: '#b76e00',
  edgeSelected: '#0e7c66',
  chipFill: '#ffffff',
  chipStroke: '#b8bcc6',
  chipText: '#262626',
  noteFill: '#fff8c5',
  noteStroke: '#e6d58a',
  noteText: '#3d3a1f',
};

export const darkPalette: DiagramPalette = {
  background: '#141414',
  laneFill: { upstream: '#1f1b30', internal: '#14241e', downstream: '#2a1f12' },
  laneStroke: '#3b3b46',
  laneAccent: { upstream: '#a58cff', internal: '#3cc9a4', downstream: '#f0a048' },
  nodeFill: '#1f1f1f',
  nodeStroke: '#6b6b78',
  name: '#f0f0f0',
  caption: '#b0b0b0',
  edge: '#c3ccd8',
  edgeWarning: '#f0b43c',
  edgeSelected: '#3cc9a4',
  chipFill: '#262626',
  chipStroke: '#55555f',
  chipText: '#ececec',
  noteFill: '#4a4520',
  noteStroke: '#6b6430',
  noteText: '#f5efc8',
};
