import { useEffect, useState } from 'react';
import { diagramGeometry } from '../../../shared/diagram/diagram-geometry.ts';
import type { DiagramGeometry } from '../../../shared/diagram/geometry-types.ts';
import type { Language, ProjectDocument } from '../../../shared/model/schema.ts';

/**
 * Above this many systems the canvas draws the light level of detail: no ELK routing on every
 * edit (seconds for 1,000 systems), straight handle-to-handle edges, lanes only.
 */
export const ROUTED_DIAGRAM_LIMIT = 150;

/**
 * The laid-out geometry (ELK routes, placed labels, lanes) of the diagram, recomputed after each
 * change of the document; until the new one arrives the previous one is returned (edges check
 * their systems' positions against it and re-route where they moved). `null` for large diagrams.
 */
export function useDiagramGeometry(
  diagram: ProjectDocument['flows'] | undefined,
  language: Language,
): DiagramGeometry | null {
  const [geometry, setGeometry] = useState<DiagramGeometry | null>(null);
  const isRouted = diagram !== undefined && diagram.systems.length <= ROUTED_DIAGRAM_LIMIT;
  useEffect(() => {
    if (!diagram || !isRouted) return;
    let isCurrent = true;
    void diagramGeometry(diagram, language).then((next) => {
      if (isCurrent) setGeometry(next);
    });
    return () => {
      isCurrent = false;
    };
  }, [diagram, language, isRouted]);
  return isRouted ? geometry : null;
}
