/** Constants the canvas, the palette and the page share. */

export const PALETTE_MIME = 'application/x-traceready-system-kind';
export const GRID: [number, number] = [20, 20];
/** Never zoom in past 100 % to fit: a near-empty diagram would fill the screen with one box. */
export const FIT_VIEW = { maxZoom: 1, padding: 0.02 };
