import { localized, type Localized } from '../i18n/localized.ts';

/**
 * The catalogue of data objects a traceability integration moves, after the typical flows in
 * DOMAIN.md ("Typical flows and their direction") and GS1 CBV business transaction types.
 * Flows refer to these keys; anything else must be a custom object of the project.
 */
export type DataObjectDefinition = {
  key: string;
  label: Localized;
  /** CBV business transaction type or event it corresponds to, where one exists. */
  cbv: string;
};

export const dataObjectCatalogue = [
  { key: 'material-master', label: localized('Material master', '物料主数据'), cbv: '' },
  { key: 'supplier-master', label: localized('Supplier master', '供应商主数据'), cbv: '' },
  { key: 'customer-master', label: localized('Customer master', '客户主数据'), cbv: '' },
  { key: 'purchase-order', label: localized('Purchase order', '采购订单'), cbv: 'po' },
  {
    key: 'advance-shipping-notice',
    label: localized('Advance shipping notice', '发货通知（ASN）'),
    cbv: 'desadv',
  },
  {
    key: 'goods-receipt',
    label: localized('Goods receipt with supplier lot', '收货（含供应商批次）'),
    cbv: 'recadv',
  },
  {
    key: 'inspection-result',
    label: localized('Inspection lot / QC result and disposition', '检验批 / 质检结果与判定'),
    cbv: 'testres',
  },
  { key: 'lot-genealogy', label: localized('Lot / batch genealogy', '批次谱系'), cbv: '' },
  { key: 'serial-numbers', label: localized('Serial numbers', '序列号（单品码）'), cbv: '' },
  { key: 'work-order', label: localized('Work order', '生产工单'), cbv: 'prodorder' },
  { key: 'routing', label: localized('Routing', '工艺路线'), cbv: '' },
  {
    key: 'material-consumption',
    label: localized('Material consumption', '物料消耗'),
    cbv: 'TransformationEvent',
  },
  {
    key: 'production-output',
    label: localized('Production output', '生产产出'),
    cbv: 'TransformationEvent',
  },
  { key: 'inventory-status', label: localized('Inventory status', '库存状态'), cbv: '' },
  { key: 'shipment', label: localized('Shipment', '发货'), cbv: 'desadv' },
  {
    key: 'receipt-confirmation',
    label: localized('Customer receipt confirmation', '客户收货确认'),
    cbv: 'recadv',
  },
  { key: 'recall-notice', label: localized('Recall notice', '召回通知'), cbv: '' },
  {
    key: 'certificate-of-analysis',
    label: localized('Certificate of analysis', '质量证明书（COA）'),
    cbv: 'cert',
  },
] as const satisfies readonly DataObjectDefinition[];

export type DataObjectKey = (typeof dataObjectCatalogue)[number]['key'];

const catalogueKeys: ReadonlySet<string> = new Set(dataObjectCatalogue.map((o) => o.key));

/** Whether `key` names a catalogue data object (as opposed to a project's custom object). */
export function isCatalogueObject(key: string): key is DataObjectKey {
  return catalogueKeys.has(key);
}
