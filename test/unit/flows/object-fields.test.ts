import { describe, expect, it } from 'vitest';
import { dataObjectCatalogue } from '../../../shared/flows/data-objects.ts';
import {
  gs1CheckDigit,
  gtin,
  identifierFields,
  type FieldSpec,
  type Granularity,
} from '../../../shared/flows/fields.ts';
import { receivingKeyDataElements } from '../../../shared/flows/key-data-elements.ts';
import {
  catalogueObjectFields,
  customObjectFields,
  objectFields,
} from '../../../shared/flows/object-fields.ts';
import { objectSchema, sampleInstance } from '../../../shared/flows/object-schemas.ts';
import {
  cbvBizSteps,
  cbvBizTransactionTypes,
  cbvDispositions,
  objectSemantics,
} from '../../../shared/flows/object-semantics.ts';
import { customObject, diagram, jsonSchema2020, readGs1 } from './flow-fixtures.ts';

const granularities: Granularity[] = ['lot', 'serial', 'mixed'];
const keys = dataObjectCatalogue.map((o) => o.key);
const names = (fields: readonly FieldSpec[]) => fields.map((f) => f.name);

/** A field by dotted path (`lines.lot`), looking into arrays of objects. */
function fieldAt(fields: readonly FieldSpec[], path: string): FieldSpec | undefined {
  const [head, ...rest] = path.split('.');
  const found = fields.find((f) => f.name === head);
  if (!found || rest.length === 0) return found;
  const members = found.items?.fields ?? found.fields ?? [];
  return fieldAt(members, rest.join('.'));
}

describe('identifierFields', () => {
  // GS1 General Specifications: AI 10 batch/lot, AI 21 serial (with GTIN AI 01 an SGTIN).
  it.each([
    ['lot', ['gtin', 'lot'], ['lot']],
    ['serial', ['gtin', 'serialNumber'], ['gtin', 'serialNumber']],
    ['mixed', ['gtin', 'lot', 'serialNumber'], ['lot']],
  ] as const)('%s → fields %j, required %j', (granularity, fields, required) => {
    const result = identifierFields(granularity);
    expect(names(result)).toEqual(fields);
    expect(result.filter((f) => f.isRequired).map((f) => f.name)).toEqual(required);
    expect(result.find((f) => f.name === 'lot')?.gs1Ai ?? '10').toBe('10');
    expect(result.find((f) => f.name === 'serialNumber')?.gs1Ai ?? '21').toBe('21');
  });
});

describe('catalogue field model', () => {
  it.each(keys)(
    '%s has fields at every granularity, valid samples and an ISA-95/EPCIS note',
    (key) => {
      const ajv = jsonSchema2020();
      for (const granularity of granularities) {
        const fields = catalogueObjectFields(key, granularity);
        expect(fields.length).toBeGreaterThanOrEqual(3);
        expect(new Set(names(fields)).size).toBe(fields.length);
        const doc = diagram([], []);
        const schema = objectSchema(doc, key, 'en', granularity)!;
        const validate = ajv.compile(schema);
        const sample = sampleInstance(doc, key, granularity);
        expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
        // The schema can fail: a sample without its first required field is refused.
        const required = (schema.required as string[])[0]!;
        const incomplete = { ...sample };
        delete incomplete[required];
        expect(validate(incomplete)).toBe(false);
      }
      const semantics = objectSemantics[key];
      expect(
        semantics.isa95 !== null ||
          semantics.epcis !== null ||
          key.endsWith('master') ||
          key === 'purchase-order',
      ).toBe(true);
    },
  );

  it.each([
    ['material-master', ['materialNumber', 'description', 'baseUnit', 'isBatchManaged', 'gtin']],
    [
      'purchase-order',
      [
        'poNumber',
        'supplierId',
        'lines.material',
        'lines.quantity',
        'lines.unit',
        'lines.deliveryDate',
      ],
    ],
    [
      'advance-shipping-notice',
      ['asnNumber', 'sscc', 'lines.gtin', 'lines.lot', 'lines.expiryDate', 'lines.quantity'],
    ],
    [
      'goods-receipt',
      [
        'receiptNumber',
        'poNumber',
        'material',
        'supplierLot',
        'internalLot',
        'quantity',
        'unit',
        'receivingLocation',
        'receivedAt',
      ],
    ],
    [
      'inspection-result',
      ['inspectionLot', 'lot', 'results.characteristic', 'results.value', 'disposition'],
    ],
  ] as const)('%s carries the fields of its business document', (key, paths) => {
    const fields = catalogueObjectFields(key, 'lot');
    for (const path of paths) expect(fieldAt(fields, path), path).toBeDefined();
  });

  it('serial granularity swaps lots for GTIN + serial in goods receipts', () => {
    const serial = names(catalogueObjectFields('goods-receipt', 'serial'));
    expect(serial).toContain('serialNumber');
    expect(serial).not.toContain('supplierLot');
    expect(names(catalogueObjectFields('goods-receipt', 'mixed'))).toEqual(
      expect.arrayContaining(['supplierLot', 'internalLot', 'serialNumber']),
    );
  });

  it('uses the CBV 2.0 dispositions for the QC decision', () => {
    const disposition = catalogueObjectFields('inspection-result', 'lot').find(
      (f) => f.name === 'disposition',
    );
    expect(disposition?.enum).toEqual(['in_progress', 'conformant', 'non_conformant']);
    for (const value of disposition?.enum ?? []) expect(cbvDispositions).toContain(value);
  });
});

describe('GS1 identifiers', () => {
  // GS1 General Specifications §7.9.1 check digit; 9506000134352 and 9520123456788 are GS1's
  // own example GTIN and GLN.
  it.each([
    ['950600013435', 2],
    ['952012345678', 8],
    ['0950600013435', 2],
    ['39520000000000001', 2],
    ['629104150021', 3],
  ])('check digit of %s is %i', (body, digit) => {
    expect(gs1CheckDigit(body)).toBe(digit);
  });

  it('every GS1 sample value carries a valid check digit', () => {
    const all = keys.flatMap((key) => catalogueObjectFields(key, 'mixed'));
    const flat = (fields: readonly FieldSpec[]): FieldSpec[] =>
      fields.flatMap((f) => [
        f,
        ...flat(f.fields ?? []),
        ...flat(f.items ? [f.items, ...(f.items.fields ?? [])] : []),
      ]);
    const numeric = flat(all).filter((f) => ['01', '00', '414'].includes(f.gs1Ai ?? ''));
    expect(numeric.length).toBeGreaterThan(3);
    for (const f of numeric) {
      const value = String(f.example);
      expect(gs1CheckDigit(value.slice(0, -1))).toBe(Number(value.at(-1)));
    }
    expect(gtin.example).toBe('09506000134352');
  });
});

describe('CBV vocabularies', () => {
  // reference/gs1-epcis/cbv-context-*.jsonld, copied from github.com/gs1/EPCIS.
  const terms = (file: string) =>
    Object.keys((readGs1(file) as { '@context': Record<string, unknown> })['@context']).filter(
      (k) => !k.startsWith('@') && k !== 'cbv',
    );

  it.each([
    ['cbv-context-bizstep.jsonld', cbvBizSteps],
    ['cbv-context-disposition.jsonld', cbvDispositions],
    ['cbv-context-biztransaction-type.jsonld', cbvBizTransactionTypes],
  ] as const)('%s matches the list in object-semantics', (file, list) => {
    expect([...list].sort()).toEqual(terms(file).sort());
  });

  it.each(keys)('%s uses only CBV terms', (key) => {
    const epcis = objectSemantics[key].epcis;
    if (!epcis) return;
    if (epcis.bizStep) expect(cbvBizSteps).toContain(epcis.bizStep);
    for (const d of epcis.dispositions) expect(cbvDispositions).toContain(d);
    for (const t of epcis.bizTransactions) expect(cbvBizTransactionTypes).toContain(t);
  });

  it.each([
    ['goods-receipt', 'ObjectEvent', 'receiving'],
    ['inspection-result', 'ObjectEvent', 'inspecting'],
    ['serial-numbers', 'ObjectEvent', 'commissioning'],
    ['shipment', 'ObjectEvent', 'shipping'],
    ['material-consumption', 'TransformationEvent', 'commissioning'],
    ['production-output', 'TransformationEvent', 'commissioning'],
  ] as const)('%s is an EPCIS %s with bizStep %s', (key, eventType, bizStep) => {
    expect(objectSemantics[key].epcis).toMatchObject({ eventType, bizStep });
  });
});

describe('receiving key data elements (FSMA 204, 21 CFR 1.1345)', () => {
  it('has the seven receiving KDEs, each carried by fields that exist', () => {
    expect(receivingKeyDataElements.map((k) => k.id)).toEqual([
      'traceability-lot-code',
      'quantity-and-unit',
      'product-description',
      'previous-source',
      'receiving-location',
      'receive-date',
      'reference-document',
    ]);
    for (const kde of receivingKeyDataElements) {
      for (const source of kde.sources) {
        const fields = catalogueObjectFields(source.object, 'lot');
        for (const path of source.fields)
          expect(fieldAt(fields, path), `${kde.id}: ${source.object}.${path}`).toBeDefined();
      }
    }
  });
});

describe('custom objects', () => {
  it.each([
    ['string', { type: 'string' }],
    ['number', { type: 'number' }],
    ['integer', { type: 'integer' }],
    ['boolean', { type: 'boolean' }],
    ['date', { type: 'string', format: 'date' }],
    ['datetime', { type: 'string', format: 'date-time' }],
  ])('a %s field becomes %j', (type, expected) => {
    const object = customObject('pallet-label', 'Pallet label', [
      { name: 'value', type, isRequired: true },
    ]);
    const doc = diagram([], [], {}, [object]);
    const schema = objectSchema(doc, 'pallet-label', 'en', 'lot')!;
    expect((schema.properties as Record<string, object>).value).toMatchObject(expected);
    expect(schema.required).toEqual(['value']);
    expect(schema.title).toBe('Pallet label');
  });

  it('keeps hostile and repeated names as properties of their own', () => {
    const object = customObject('odd', 'Odd', [
      { name: '__proto__', type: 'string', isRequired: true },
      { name: 'x', type: 'number' },
      { name: 'x', type: 'boolean' },
      { name: '  ', type: 'date' },
    ]);
    expect(names(customObjectFields(object))).toEqual(['__proto__', 'x', 'odd-f2', 'odd-f3']);
    const schema = objectSchema(diagram([], [], {}, [object]), 'odd', 'en', 'lot')!;
    // In the specs "__proto__" is renamed (issue 11: it broke the AsyncAPI parser), its
    // original name kept as the title.
    expect(Object.keys(schema.properties as object)).toEqual([
      '__proto___',
      'x',
      'odd-f2',
      'odd-f3',
    ]);
    const parsed = JSON.parse(JSON.stringify(schema)) as { properties: object };
    expect(Object.getOwnPropertyDescriptor(parsed.properties, '__proto___')?.value).toEqual({
      type: 'string',
      examples: ['example'],
      title: '__proto__',
    });
  });

  it('returns null for an object that is neither catalogue nor custom', () => {
    expect(objectFields(diagram([], []), 'pallet-label', 'lot')).toBeNull();
  });
});
