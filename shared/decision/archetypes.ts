import { localized, type Localized } from '../i18n/localized.ts';
import { archetypes, type Archetype } from '../model/schema.ts';
import { archetypeLabels } from './builtin-criteria.ts';

/**
 * The three mainstream integration approaches of the three-step model (step 2, 方案 A/B/C), as
 * the article describes them: where each fits, its strengths and its challenges. Every concrete
 * candidate links to one of them.
 */
export type ArchetypeDescription = {
  archetype: Archetype;
  label: Localized;
  /** 适用场景 */
  fits: Localized;
  /** 核心优势 */
  strengths: Localized;
  /** 潜在挑战 */
  challenges: Localized;
};

const descriptions: Record<Archetype, Omit<ArchetypeDescription, 'archetype' | 'label'>> = {
  saas: {
    fits: localized(
      'Fairly standard processes, a wish to go live fast, limited IT resources.',
      '业务流程相对标准、希望快速上线、IT 资源有限的企业。',
    ),
    strengths: localized(
      'Fast implementation, low initial cost; the vendor maintains and develops the product.',
      '实施速度快，初期投入成本较低，产品迭代和维护由服务商负责。',
    ),
    challenges: localized(
      'Limited fit for company-specific processes; data ownership and security need careful review.',
      '对企业个性化流程的适应性有限，数据归属权和安全性需要仔细评估。',
    ),
  },
  custom: {
    fits: localized(
      'Large companies with unique production processes and strong in-house development.',
      '大型企业，拥有独特的生产工艺，且内部 IT 开发能力较强。',
    ),
    strengths: localized(
      'The closest fit to the business process; the data stays entirely in your own hands.',
      '系统与业务流程的契合度最高，数据完全掌握在自己手中。',
    ),
    challenges: localized(
      'Long development, very high initial cost, strong dependence on the internal team; upgrades and maintenance are hard.',
      '开发周期长、初期投入成本极高，对内部技术团队依赖性强，后期系统升级和维护难度大。',
    ),
  },
  ipaas: {
    fits: localized(
      'Many internal systems (SAP, Salesforce, MES…), complex interfaces, one place to manage every integration.',
      '企业内部系统繁多（如同时使用 SAP、Salesforce、MES 等），接口关系复杂，希望统一管理所有集成。',
    ),
    strengths: localized(
      'Removes most point-to-point development; integrations become maintainable and extensible.',
      '极大降低了点对点开发的复杂度，提高了集成的可维护性和扩展性。',
    ),
    challenges: localized(
      'An extra platform cost; depends on the iPaaS platform’s own capability and stability.',
      '增加了额外的平台服务成本，对 iPaaS 平台本身的技术能力和稳定性有较高要求。',
    ),
  },
};

/** The three approaches in the model's order (A SaaS, B custom development, C iPaaS). */
export const archetypeDescriptions: readonly ArchetypeDescription[] = archetypes.map(
  (archetype) => ({ archetype, label: archetypeLabels[archetype], ...descriptions[archetype] }),
);
