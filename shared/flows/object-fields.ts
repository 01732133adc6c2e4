import { localized } from '../i18n/localized.ts';
import type { ProjectDocument } from '../model/schema.ts';
import { isCatalogueObject, type DataObjectKey } from './data-objects.ts';
import {
  expiryDate,
  field,
  gln,
  gtin,
  identifierFields,
  list,
  lot,
  material,
  optional,
  quantity,
  renamed,
  serialNumber,
  sscc,
  unit,
  type FieldSpec,
  type Granularity,
} from './fields.ts';

/**
 * The fields of every catalogue data object, after the business documents they stand for:
 * GS1 EDI DESADV/RECADV for shipping notices and receipts, ISA-95 (IEC 62264-2) for master
 * data, schedules and performance, FSMA 204 key data elements for receiving. Identifiers follow
 * the project's granularity (see {@link identifierFields}).
 */

const text = (name: string, example: string) => field(name, 'string', { example });
const at = (name: string) => field(name, 'datetime');
const day = (name: string) => field(name, 'date');

const supplierGln = gln(
  'supplierGln',
  localized('GLN of the supplier (GS1 AI 417)', '供应商的 GLN（GS1 AI 417）'),
);
const customerGln = gln(
  'customerGln',
  localized('GLN of the customer (GS1 AI 417)', '客户的 GLN（GS1 AI 417）'),
);
const receivingLocation = field('receivingLocation', 'string', {
  example: 'WH01-RECV',
  description: localized(
    'Where the goods were received: plant/storage location code or GLN (FSMA 204 KDE)',
    '收货地点：工厂/库位代码或 GLN（FSMA 204 关键数据元素）',
  ),
});
const disposition = field('disposition', 'string', {
  enum: ['in_progress', 'conformant', 'non_conformant'],
  description: localized(
    'Quality disposition, CBV 2.0 values: in_progress (quarantine), conformant (released), non_conformant (rejected)',
    '质量判定，CBV 2.0 取值：in_progress（待检/隔离）、conformant（放行）、non_conformant（拒收）',
  ),
});
const lines = (granularity: Granularity, extra: FieldSpec[] = []) =>
  list('lines', [
    material,
    ...identifierFields(granularity),
    optional(expiryDate),
    quantity,
    unit,
    ...extra,
  ]);
const results = list('results', [
  text('characteristic', 'moisture'),
  field('value', 'number', { example: 11.8 }),
  optional(text('unit', '%')),
  optional(field('lowerLimit', 'number', { example: 0 })),
  optional(field('upperLimit', 'number', { example: 12.5 })),
  field('isConformant', 'boolean', { example: true }),
]);

const catalogueFields: Record<DataObjectKey, (granularity: Granularity) => FieldSpec[]> = {
  'material-master': (g) => [
    field('materialNumber', 'string', { example: 'RM-10023' }),
    text('description', 'Wheat flour type 550'),
    renamed(unit, 'baseUnit'),
    field('isBatchManaged', 'boolean', { example: true }),
    ...(g === 'lot' ? [] : [field('isSerialManaged', 'boolean', { example: g === 'serial' })]),
    optional(gtin),
    optional(field('shelfLifeDays', 'integer', { minimum: 0, example: 180 })),
  ],
  'supplier-master': () => [
    text('supplierId', 'V-20017'),
    text('name', 'Jiangsu Flour Mill Co.'),
    optional(supplierGln),
    optional(text('country', 'CN')),
    field('isApproved', 'boolean', { example: true }),
  ],
  'customer-master': () => [
    text('customerId', 'C-3001'),
    text('name', 'FreshMart Retail'),
    optional(customerGln),
    optional(text('country', 'CN')),
  ],
  'purchase-order': () => [
    text('poNumber', '4500012345'),
    field('supplierId', 'string', {
      example: '9520123456788',
      description: localized(
        'Supplier number, or its GLN where GS1 identifiers are used',
        '供应商编号；使用 GS1 标识时为其 GLN',
      ),
    }),
    day('orderDate'),
    list('lines', [
      field('lineNumber', 'integer', { minimum: 1, example: 10 }),
      material,
      quantity,
      unit,
      day('deliveryDate'),
    ]),
  ],
  'advance-shipping-notice': (g) => [
    text('asnNumber', 'DESADV-88812'),
    supplierGln,
    optional(text('poNumber', '4500012345')),
    at('shippedAt'),
    optional(sscc),
    lines(g, [optional(text('description', 'Wheat flour type 550'))]),
  ],
  'certificate-of-analysis': (g) => [
    text('coaNumber', 'COA-2026-0311'),
    supplierGln,
    material,
    ...identifierFields(g, [renamed(lot, 'supplierLot')]),
    at('issuedAt'),
    results,
    field('isConformant', 'boolean', { example: true }),
  ],
  'goods-receipt': (g) => [
    text('receiptNumber', '5000067890'),
    text('poNumber', '4500012345'),
    optional(text('asnNumber', 'DESADV-88812')),
    optional(text('supplierId', 'V-20017')),
    material,
    optional(text('materialDescription', 'Wheat flour type 550')),
    ...identifierFields(g, [
      renamed(lot, 'supplierLot'),
      renamed(lot, 'internalLot', '0000123456'),
    ]),
    quantity,
    unit,
    receivingLocation,
    at('receivedAt'),
  ],
  'inspection-result': (g) => [
    text('inspectionLot', '010000004711'),
    material,
    ...identifierFields(g),
    results,
    disposition,
    at('inspectedAt'),
  ],
  'lot-genealogy': (g) => [
    material,
    ...identifierFields(g),
    list('inputs', [material, ...identifierFields(g), quantity, unit]),
    optional(text('workOrderNumber', '1000456')),
  ],
  'serial-numbers': (g) => [
    gtin,
    field('serialNumbers', 'array', { items: serialNumber }),
    ...(g === 'mixed' ? [optional(lot)] : []),
    optional(text('workOrderNumber', '1000456')),
    at('commissionedAt'),
  ],
  'work-order': () => [
    text('workOrderNumber', '1000456'),
    material,
    quantity,
    unit,
    text('workCenter', 'LINE-1'),
    at('plannedStart'),
    at('plannedEnd'),
    list('components', [material, quantity, unit]),
  ],
  routing: () => [
    text('routingNumber', '50001234'),
    material,
    list('operations', [
      text('operationNumber', '0010'),
      text('workCenter', 'LINE-1'),
      text('description', 'Mixing'),
    ]),
  ],
  'material-consumption': (g) => [
    text('workOrderNumber', '1000456'),
    text('workCenter', 'LINE-1'),
    list('inputs', [material, ...identifierFields(g), quantity, unit]),
    at('consumedAt'),
  ],
  'production-output': (g) => [
    text('workOrderNumber', '1000456'),
    material,
    ...identifierFields(g),
    quantity,
    unit,
    optional(expiryDate),
    at('producedAt'),
  ],
  'inventory-status': (g) => [
    material,
    ...identifierFields(g),
    text('storageLocation', 'WH01'),
    quantity,
    unit,
    field('stockStatus', 'string', {
      enum: ['quality-inspection', 'unrestricted', 'blocked'],
      description: localized(
        'ERP stock type: quality inspection (quarantine), unrestricted (released), blocked',
        'ERP 库存类型：质检库存（隔离）、非限制库存（放行）、冻结库存',
      ),
    }),
    at('changedAt'),
  ],
  shipment: (g) => [
    text('shipmentNumber', '8000012345'),
    customerGln,
    optional(text('salesOrder', '2000034567')),
    at('shippedAt'),
    optional(sscc),
    lines(g),
  ],
  'receipt-confirmation': (g) => [
    text('confirmationNumber', 'RECADV-5521'),
    text('shipmentNumber', '8000012345'),
    customerGln,
    at('receivedAt'),
    lines(g, [field('isAccepted', 'boolean', { example: true })]),
  ],
  'recall-notice': (g) => [
    text('recallNumber', 'RC-2026-01'),
    at('issuedAt'),
    text('reason', 'Undeclared allergen'),
    list('affected', [material, ...identifierFields(g)]),
  ],
};

/** The fields of a catalogue data object at the given granularity. */
export function catalogueObjectFields(key: DataObjectKey, granularity: Granularity): FieldSpec[] {
  return catalogueFields[key](granularity);
}

type CustomObject = ProjectDocument['flows']['customObjects'][number];

/**
 * The fields of a project's custom object. A field's property name is its name, or its id
 * where the name is empty or already taken by an earlier field.
 */
export function customObjectFields(object: CustomObject): FieldSpec[] {
  const taken = new Set<string>();
  return object.fields.map((f) => {
    const trimmed = f.name.trim();
    const name = trimmed !== '' && !taken.has(trimmed) ? trimmed : f.id;
    taken.add(name);
    return { name, type: f.type, isRequired: f.isRequired };
  });
}

/**
 * The fields of any data object a flow carries: catalogue or custom; `null` for a key that is
 * neither (the document's reference check refuses such files, so only hand-built input has it).
 */
export function objectFields(
  doc: ProjectDocument,
  key: string,
  granularity: Granularity,
): FieldSpec[] | null {
  if (isCatalogueObject(key)) return catalogueObjectFields(key, granularity);
  const custom = doc.flows.customObjects.find((o) => o.id === key);
  return custom ? customObjectFields(custom) : null;
}
