import { localized, type Localized } from '../i18n/localized.ts';
import type { systemKinds } from '../model/schema.ts';

export type SystemKind = (typeof systemKinds)[number];

/** Labels of the system kinds on the diagram palette, in both languages. */
export const systemKindLabels: Record<SystemKind, Localized> = {
  erp: localized('ERP', 'ERP'),
  mes: localized('MES', 'MES'),
  qms: localized('QMS', '质量管理系统（QMS）'),
  wms: localized('WMS', '仓储管理系统（WMS）'),
  lims: localized('LIMS', '实验室信息管理系统（LIMS）'),
  srm: localized('Supplier portal (SRM)', '供应商门户（SRM）'),
  supplier: localized('Supplier', '供应商'),
  customer: localized('Customer / customer portal', '客户 / 客户门户'),
  traceability: localized('Traceability platform', '追溯平台'),
  ipaas: localized('iPaaS', '集成平台（iPaaS）'),
  labeling: localized('Label printer / scanner', '标签打印 / 扫码'),
  iot: localized('PLC / IoT gateway', 'PLC / 物联网网关'),
  'warehouse-bi': localized('Data warehouse', '数据仓库'),
  custom: localized('Other system', '其他系统'),
};

/** The lane a system kind sits in: suppliers upstream, customers downstream, the rest inside. */
export function laneOfKind(kind: SystemKind): 'internal' | 'upstream' | 'downstream' {
  if (kind === 'supplier' || kind === 'srm') return 'upstream';
  if (kind === 'customer') return 'downstream';
  return 'internal';
}
