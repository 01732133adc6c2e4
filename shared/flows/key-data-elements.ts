import { localized, type Localized } from '../i18n/localized.ts';
import type { DataObjectKey } from './data-objects.ts';

/**
 * Key data elements (KDEs) a receiver must be able to produce for every traceability lot it
 * receives: US FDA FSMA 204, 21 CFR 1.1345(a) (receiving), the same elements GS1's Global
 * Traceability Standard asks for at a receiving critical tracking event. Each KDE lists the
 * catalogue data objects (and their fields, dotted for nested ones) that carry it; if no flow of
 * the diagram carries any of them, nothing feeds the traceability system that KDE.
 */
export type KeyDataElement = {
  id: string;
  label: Localized;
  sources: readonly { object: DataObjectKey; fields: readonly string[] }[];
};

/** The seven receiving KDEs of 21 CFR 1.1345(a), in the regulation's order. */
export const receivingKeyDataElements: readonly KeyDataElement[] = [
  {
    id: 'traceability-lot-code',
    label: localized('Traceability lot code', '追溯批次代码'),
    sources: [
      { object: 'goods-receipt', fields: ['supplierLot', 'internalLot'] },
      { object: 'advance-shipping-notice', fields: ['lines.lot'] },
    ],
  },
  {
    id: 'quantity-and-unit',
    label: localized('Quantity and unit of measure', '数量及计量单位'),
    sources: [
      { object: 'goods-receipt', fields: ['quantity', 'unit'] },
      { object: 'advance-shipping-notice', fields: ['lines.quantity', 'lines.unit'] },
    ],
  },
  {
    id: 'product-description',
    label: localized('Product description', '产品描述'),
    sources: [
      { object: 'material-master', fields: ['description'] },
      { object: 'goods-receipt', fields: ['materialDescription'] },
      { object: 'advance-shipping-notice', fields: ['lines.description'] },
    ],
  },
  {
    id: 'previous-source',
    label: localized('Location of the immediate previous source', '上一来源（发货方）地点'),
    sources: [
      { object: 'advance-shipping-notice', fields: ['supplierGln'] },
      { object: 'supplier-master', fields: ['supplierGln', 'name'] },
      { object: 'purchase-order', fields: ['supplierId'] },
      { object: 'goods-receipt', fields: ['supplierId'] },
    ],
  },
  {
    id: 'receiving-location',
    label: localized('Location where the food was received', '收货地点'),
    sources: [{ object: 'goods-receipt', fields: ['receivingLocation'] }],
  },
  {
    id: 'receive-date',
    label: localized('Date received', '收货日期'),
    sources: [{ object: 'goods-receipt', fields: ['receivedAt'] }],
  },
  {
    id: 'reference-document',
    label: localized('Reference document type and number', '参考单据类型及编号'),
    sources: [
      { object: 'goods-receipt', fields: ['receiptNumber', 'poNumber', 'asnNumber'] },
      { object: 'advance-shipping-notice', fields: ['asnNumber'] },
      { object: 'purchase-order', fields: ['poNumber'] },
    ],
  },
];
