// Benchmarks of the data-flow domain: validation and every spec exporter on a large diagram,
// each against a plain baseline measured in the same run. Not a test: nothing here fails a build.
import { measure } from './measure.ts';
import { pathToFileURL } from 'node:url';
import { exportDiagramModel, serializeDiagramModel } from '../shared/flows/diagram-model.ts';
import { exportAsyncApi } from '../shared/flows/export-asyncapi.ts';
import { exportInterfaceControlDocument } from '../shared/flows/export-icd.ts';
import {
  exportInterfaceListCsv,
  interfaceListRows,
} from '../shared/flows/export-interface-list.ts';
import { exportJsonSchemas } from '../shared/flows/export-json-schema.ts';
import { exportOpenApi } from '../shared/flows/export-openapi.ts';
import { buildInterfaceWorkbook } from '../shared/flows/export-xlsx.ts';
import { validateFlows } from '../shared/flows/validate.ts';
import { largeDiagram } from '../test/support/large-project.ts';

/**
 * Times validation and each exporter on {@link largeDiagram}; the baseline of every row is
 * `JSON.stringify` of the same diagram, so the ratio says how much dearer than copying the data
 * each step is. The xlsx row builds the workbook; its zip serialisation is asynchronous and
 * not part of this synchronous run.
 */
export function runFlowsBench(): { rows: [name: string, ms: number, baselineMs: number][] } {
  const doc = largeDiagram();
  const baseline = measure(() => JSON.stringify(doc.flows));
  const steps: [string, () => unknown][] = [
    ['flows: validateFlows (all 12 rules)', () => validateFlows(doc)],
    ['flows: exportOpenApi', () => exportOpenApi(doc, 'en')],
    ['flows: exportAsyncApi', () => exportAsyncApi(doc, 'en')],
    ['flows: exportJsonSchemas', () => exportJsonSchemas(doc)],
    ['flows: exportInterfaceControlDocument', () => exportInterfaceControlDocument(doc, 'en')],
    ['flows: interface list → CSV', () => exportInterfaceListCsv(interfaceListRows(doc, 'en'))],
    [
      'flows: interface list → xlsx workbook',
      () =>
        buildInterfaceWorkbook(interfaceListRows(doc, 'en'), {
          sheetName: 'Interfaces',
          created: new Date(doc.meta.updatedAt),
        }),
    ],
    [
      'flows: exportDiagramModel (serialised)',
      () => serializeDiagramModel(exportDiagramModel(doc)),
    ],
  ];
  const rows: [string, number, number][] = steps.map(([name, fn]) => [name, measure(fn), baseline]);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
  rows.push(['flows: all of the above', total, baseline]);
  return { rows };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { rows } = runFlowsBench();
  console.log('benchmark'.padEnd(44), 'median ms', ' baseline ms', '  ratio');
  for (const [name, ms, baseline] of rows) {
    console.log(
      name.padEnd(44),
      ms.toFixed(1).padStart(9),
      baseline.toFixed(1).padStart(12),
      `${(ms / baseline).toFixed(1)}×`.padStart(7),
    );
  }
  console.log('baseline: JSON.stringify of the same diagram (1,000 systems, 2,000 flows)');
}
