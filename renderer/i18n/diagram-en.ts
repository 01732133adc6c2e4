/** Strings of the data-flow diagram's panels, focus mode, lanes and picture exports. */
export const diagramEn = {
  palette: 'Systems',
  showPalette: 'Show the systems palette',
  hidePalette: 'Hide the systems palette',
  inspector: 'Inspector',
  pinInspector: 'Keep the inspector open',
  unpinInspector: 'Show the inspector only when something is selected',
  validation: 'Checks',
  showValidation: 'Show the checks',
  hideValidation: 'Hide the checks',
  focus: 'Focus',
  focusOn: 'Focus on the diagram (Esc to leave)',
  focusOff: 'Leave focus mode',
  more: 'More',
  objects_one: '{{count}} data object',
  objects_other: '{{count}} data objects',
  lane: {
    upstream: 'Upstream (suppliers)',
    internal: 'Plant',
    downstream: 'Downstream (customers)',
  },
  image: {
    svg: 'Diagram picture (SVG, vector)',
    pngWhite: 'Diagram picture (PNG, white background)',
    pngTransparent: 'Diagram picture (PNG, transparent)',
  },
};
