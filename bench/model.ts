// Opening and saving a large project document, against bare JSON.parse / JSON.stringify.
import { measure } from './measure.ts';
import { parseProject } from '../shared/model/parse.ts';
import { serializeProject } from '../shared/model/serialize.ts';
import { largeProject } from '../test/support/large-project.ts';

/**
 * Rows of the model benchmark on the large project of issue 11's round trip (1,000 systems,
 * 2,000 flows, 12 candidates × 30 criteria × 10 raters, 5,000 tasks): [name, our median ms,
 * baseline median ms].
 */
export function runModelBench(): { rows: [name: string, ms: number, baselineMs: number][] } {
  const doc = largeProject();
  const text = serializeProject(doc);
  return {
    rows: [
      [
        `open a ${(text.length / 1024 / 1024).toFixed(1)} MB project: parseProject vs JSON.parse`,
        measure(() => parseProject(text)),
        measure(() => JSON.parse(text)),
      ],
      [
        'save it: serializeProject vs JSON.stringify',
        measure(() => serializeProject(doc)),
        measure(() => JSON.stringify(doc, null, 2)),
      ],
    ],
  };
}
