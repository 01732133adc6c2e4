import type { DataObjectKey } from './data-objects.ts';

/**
 * What each catalogue data object means in the standards: its ISA-95 object and, where it is a
 * traceability event, the GS1 EPCIS 2.0 event type with its CBV 2.0 business step and
 * disposition. The vocabularies are those of GS1's CBV 2.0 JSON-LD contexts
 * (`reference/gs1-epcis/cbv-context-*.jsonld`, copied from github.com/gs1/EPCIS).
 */

/** CBV 2.0 business steps (cbv-context-bizstep.jsonld). */
export const cbvBizSteps = [
  'accepting',
  'arriving',
  'assembling',
  'collecting',
  'commissioning',
  'consigning',
  'creating_class_instance',
  'cycle_counting',
  'decommissioning',
  'departing',
  'destroying',
  'disassembling',
  'dispensing',
  'encoding',
  'entering_exiting',
  'holding',
  'inspecting',
  'installing',
  'killing',
  'loading',
  'other',
  'packing',
  'picking',
  'receiving',
  'removing',
  'repackaging',
  'repairing',
  'replacing',
  'reserving',
  'retail_selling',
  'sampling',
  'sensor_reporting',
  'shipping',
  'staging_outbound',
  'stock_taking',
  'stocking',
  'storing',
  'transporting',
  'unloading',
  'unpacking',
  'void_shipping',
] as const;
/** A CBV 2.0 business step. */
export type CbvBizStep = (typeof cbvBizSteps)[number];

/** CBV 2.0 dispositions (cbv-context-disposition.jsonld). */
export const cbvDispositions = [
  'active',
  'available',
  'completeness_verified',
  'completeness_inferred',
  'conformant',
  'container_closed',
  'container_open',
  'damaged',
  'destroyed',
  'dispensed',
  'disposed',
  'encoded',
  'expired',
  'in_progress',
  'in_transit',
  'inactive',
  'mismatch_instance',
  'mismatch_class',
  'mismatch_quantity',
  'needs_replacement',
  'no_pedigree_match',
  'non_conformant',
  'non_sellable_other',
  'partially_dispensed',
  'recalled',
  'reserved',
  'retail_sold',
  'returned',
  'sellable_accessible',
  'sellable_not_accessible',
  'stolen',
  'unavailable',
  'unknown',
] as const;
/** A CBV 2.0 disposition. */
export type CbvDisposition = (typeof cbvDispositions)[number];

/** CBV 2.0 business transaction types (cbv-context-biztransaction-type.jsonld). */
export const cbvBizTransactionTypes = [
  'bol',
  'cert',
  'desadv',
  'inv',
  'pedigree',
  'po',
  'poc',
  'prodorder',
  'recadv',
  'rma',
  'testprd',
  'testres',
  'upevt',
] as const;
/** A CBV 2.0 business transaction type. */
export type CbvBizTransactionType = (typeof cbvBizTransactionTypes)[number];

/**
 * ISA-95 (IEC 62264-2) objects. `MaterialTestResult` is the test result of the 2018 operations
 * test model as named in the OPC UA ISA-95 companion specification (OPC 10030 §8.4.2).
 */
export type Isa95Object =
  | 'MaterialDefinition'
  | 'MaterialLot'
  | 'MaterialSublot'
  | 'MaterialTestResult'
  | 'OperationsDefinition'
  | 'ProductionSchedule'
  | 'ProductionPerformance';

/** An EPCIS 2.0 event the data object is exchanged as. */
export type EpcisProfile = {
  eventType: 'ObjectEvent' | 'TransformationEvent';
  /** ObjectEvent only: ADD when identifiers come into being (commissioning), else OBSERVE. */
  action: 'ADD' | 'OBSERVE' | null;
  /** `null` where CBV has no step for it (a recall is a change of disposition, not a step). */
  bizStep: CbvBizStep | null;
  /** Dispositions the event may carry; the first is the usual one and the sample's. */
  dispositions: readonly [CbvDisposition, ...CbvDisposition[]];
  /** Business transactions the event refers to (purchase order, despatch advice…). */
  bizTransactions: readonly CbvBizTransactionType[];
};

/** A data object in the standards: its ISA-95 object and its EPCIS event, where it has them. */
export type ObjectSemantics = { isa95: Isa95Object | null; epcis: EpcisProfile | null };

const event = (
  eventType: EpcisProfile['eventType'],
  bizStep: CbvBizStep | null,
  dispositions: EpcisProfile['dispositions'],
  bizTransactions: readonly CbvBizTransactionType[],
  action: EpcisProfile['action'] = eventType === 'ObjectEvent' ? 'OBSERVE' : null,
): EpcisProfile => ({ eventType, action, bizStep, dispositions, bizTransactions });

/**
 * Catalogue objects and the standards' objects they are. Master data, orders and status are
 * documents, not events; receipts, inspections, production and shipments are EPCIS events.
 * GS1's own TransformationEvent example (EPCIS 2.0 §9.6.4) uses `commissioning`, which CBV
 * offers for consumption and output alike; both events of one work order share its
 * `transformationID`.
 */
export const objectSemantics: Record<DataObjectKey, ObjectSemantics> = {
  'material-master': { isa95: 'MaterialDefinition', epcis: null },
  'supplier-master': { isa95: null, epcis: null },
  'customer-master': { isa95: null, epcis: null },
  'purchase-order': { isa95: null, epcis: null },
  'advance-shipping-notice': {
    isa95: null,
    epcis: event('ObjectEvent', 'shipping', ['in_transit'], ['desadv', 'po']),
  },
  'certificate-of-analysis': { isa95: 'MaterialTestResult', epcis: null },
  'goods-receipt': {
    isa95: 'MaterialLot',
    epcis: event('ObjectEvent', 'receiving', ['in_progress', 'conformant'], ['po', 'recadv']),
  },
  'inspection-result': {
    isa95: 'MaterialTestResult',
    epcis: event(
      'ObjectEvent',
      'inspecting',
      ['conformant', 'non_conformant', 'in_progress'],
      ['testres'],
    ),
  },
  'lot-genealogy': { isa95: 'MaterialLot', epcis: null },
  'serial-numbers': {
    isa95: 'MaterialSublot',
    epcis: event('ObjectEvent', 'commissioning', ['active'], ['prodorder'], 'ADD'),
  },
  'work-order': { isa95: 'ProductionSchedule', epcis: null },
  routing: { isa95: 'OperationsDefinition', epcis: null },
  'material-consumption': {
    isa95: 'ProductionPerformance',
    epcis: event('TransformationEvent', 'commissioning', ['in_progress'], ['prodorder']),
  },
  'production-output': {
    isa95: 'ProductionPerformance',
    epcis: event('TransformationEvent', 'commissioning', ['in_progress', 'active'], ['prodorder']),
  },
  'inventory-status': { isa95: 'MaterialLot', epcis: null },
  shipment: {
    isa95: null,
    epcis: event('ObjectEvent', 'shipping', ['in_transit'], ['desadv', 'bol']),
  },
  'receipt-confirmation': {
    isa95: null,
    epcis: event('ObjectEvent', 'receiving', ['in_progress', 'conformant'], ['recadv', 'desadv']),
  },
  'recall-notice': {
    isa95: null,
    epcis: event('ObjectEvent', null, ['recalled'], []),
  },
};
