import customEn from '../../templates/flows/custom-erp-mes.en.json';
import customZh from '../../templates/flows/custom-erp-mes.zh-CN.json';
import ipaasEn from '../../templates/flows/ipaas-bus.en.json';
import ipaasZh from '../../templates/flows/ipaas-bus.zh-CN.json';
import saasEn from '../../templates/flows/saas-hub.en.json';
import saasZh from '../../templates/flows/saas-hub.zh-CN.json';
import { localized, type Localized } from '../i18n/localized.ts';
import { formatLocatedError } from '../model/located-error.ts';
import type { Archetype, Language } from '../model/schema.ts';
import { importDiagramModelValue, keepKnownPhases, type FlowsModel } from './diagram-model.ts';

/**
 * Starting topologies for the three approaches of step 2 — A: the SaaS platform as hub, B: a
 * custom module inside ERP with point-to-point links, C: an iPaaS bus — as diagram models in
 * `templates/flows/`, zh-CN and en with identical ids. Flows are tagged with the blank starter's
 * phases (phase-1 … phase-3); a project without them gets unphased flows.
 */
export type Topology = {
  id: string;
  archetype: Archetype;
  name: Localized;
  description: Localized;
  models: Record<Language, unknown>;
};

export const topologies: readonly Topology[] = [
  {
    id: 'saas-hub',
    archetype: 'saas',
    name: localized('A. SaaS platform as the hub', '方案 A：以 SaaS 追溯平台为中心'),
    description: localized(
      'ERP, MES, QMS and WMS each connect to the vendor’s platform through its standard API.',
      'ERP、MES、QMS、WMS 分别通过标准 API 连接服务商的追溯平台。',
    ),
    models: { en: saasEn, 'zh-CN': saasZh },
  },
  {
    id: 'custom-erp-mes',
    archetype: 'custom',
    name: localized('B. Custom module on ERP/MES', '方案 B：在 ERP/MES 上定制'),
    description: localized(
      'Traceability lives inside ERP; MES, QMS and WMS link to it point to point.',
      '追溯功能做在 ERP 内部；MES、QMS、WMS 点对点连接。',
    ),
    models: { en: customEn, 'zh-CN': customZh },
  },
  {
    id: 'ipaas-bus',
    archetype: 'ipaas',
    name: localized('C. iPaaS integration bus', '方案 C：iPaaS 集成总线'),
    description: localized(
      'Every system connects once, to the iPaaS; the traceability app reads from it.',
      '每个系统只连接一次 iPaaS；追溯应用从 iPaaS 获取数据。',
    ),
    models: { en: ipaasEn, 'zh-CN': ipaasZh },
  },
];

/**
 * A topology's diagram in one language, with phases limited to `phaseIds`. A topology that fails
 * validation is a defect of TraceReady itself: this throws, and the template tests catch it.
 */
export function loadTopology(
  topology: Topology,
  language: Language,
  phaseIds: ReadonlySet<string>,
): FlowsModel {
  const result = importDiagramModelValue(topology.models[language]);
  if (!result.ok) {
    const detail = result.errors.map((e) => formatLocatedError(e, 'en')).join('; ');
    throw new Error(`Topology ${topology.id} (${language}) is invalid: ${detail}`);
  }
  return keepKnownPhases(result.flows, phaseIds);
}
