import type { DataObjectKey } from './data-objects.ts';
import { gs1CheckDigit, type Granularity } from './fields.ts';
import type { JsonObject } from './json.ts';
import { objectSemantics, type EpcisProfile } from './object-semantics.ts';

/**
 * EPCIS 2.0 events for the data objects that are traceability events: a payload schema per event
 * (the shape of GS1's EPCIS-JSON-Schema.json, restricted to the object's event type, business
 * step and dispositions) and a sample event that validates against GS1's schema. Identifiers are
 * GS1 Digital Link URIs (EPCIS 2.0 §8.3), built from GS1's example company prefix 9506000 and
 * GLN 9520123456788 with computed check digits.
 */

/** The JSON-LD context every EPCIS 2.0 JSON event or document names first. */
export const EPCIS_CONTEXT = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';

/** Where GS1 publishes the schema the samples validate against. */
export const EPCIS_JSON_SCHEMA = 'https://gs1.github.io/EPCIS/EPCIS-JSON-Schema.json';

const withCheckDigit = (body: string) => `${body}${gs1CheckDigit(body)}`;
const RAW_GTIN = withCheckDigit('0950600013435');
const OUTPUT_GTIN = withCheckDigit('0950600013436');
const SITE_GLN = withCheckDigit('952012345678');
const PARTNER_GLN = withCheckDigit('952012345679');
const LOT = 'L2026-0311';
const OUTPUT_LOT = 'FG2026-0312';
const QUANTITY = { quantity: 500, uom: 'KGM' } as const;

const link = {
  lotClass: (gtin: string, lot: string) => `https://id.gs1.org/01/${gtin}/10/${lot}`,
  unit: (gtin: string, serial: string) => `https://id.gs1.org/01/${gtin}/21/${serial}`,
  location: (gln: string) => `https://id.gs1.org/414/${gln}`,
  party: (gln: string) => `https://id.gs1.org/417/${gln}`,
  transaction: (type: string) => `urn:epcglobal:cbv:bt:${SITE_GLN}:${type.toUpperCase()}-1001`,
};

/** FNV-1a, 32 bits: a stable hash for sample ids (not for security). */
function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A UUID-shaped id derived from a text, so samples are the same on every export. */
export function stableUuid(text: string): string {
  const hex = [1, 2, 3, 4].map((seed) => fnv1a(text, seed).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** EPC lists and quantity lists of the identifiers at a granularity: units, lots, or both. */
function identify(gtin: string, lot: string, granularity: Granularity) {
  const epcs = [link.unit(gtin, 'SN000123'), link.unit(gtin, 'SN000124')];
  const quantities = [{ epcClass: link.lotClass(gtin, lot), ...QUANTITY }];
  return {
    epcs: granularity === 'lot' ? null : epcs,
    quantities: granularity === 'serial' ? null : quantities,
  };
}

/**
 * A sample EPCIS 2.0 event of a catalogue object, standalone (it carries its own `@context`, as
 * GS1's schema requires of an event outside a document); `null` if the object is no event.
 */
export function sampleEpcisEvent(
  key: DataObjectKey,
  granularity: Granularity,
  seed: string,
): JsonObject | null {
  const profile = objectSemantics[key].epcis;
  if (!profile) return null;
  const common: JsonObject = {
    '@context': [EPCIS_CONTEXT],
    type: profile.eventType,
    eventID: `urn:uuid:${stableUuid(`${seed}/${key}`)}`,
    eventTime: '2026-03-11T08:30:00.000+08:00',
    eventTimeZoneOffset: '+08:00',
  };
  const where: JsonObject = {
    readPoint: { id: link.location(SITE_GLN) },
    bizLocation: { id: link.location(SITE_GLN) },
  };
  const steps: JsonObject = {
    ...(profile.bizStep ? { bizStep: profile.bizStep } : {}),
    disposition: profile.dispositions[0],
    ...(profile.bizTransactions.length > 0
      ? {
          bizTransactionList: profile.bizTransactions.map((type) => ({
            type,
            bizTransaction: link.transaction(type),
          })),
        }
      : {}),
  };
  const ilmd = {
    ...(granularity === 'serial' ? {} : { 'cbvmda:lotNumber': OUTPUT_LOT }),
    'cbvmda:itemExpirationDate': '2026-09-11',
  };

  if (profile.eventType === 'TransformationEvent') {
    const isInput = key === 'material-consumption';
    const { epcs, quantities } = isInput
      ? identify(RAW_GTIN, LOT, granularity)
      : identify(OUTPUT_GTIN, OUTPUT_LOT, granularity);
    const side = isInput ? 'input' : 'output';
    return {
      ...common,
      ...(epcs ? { [`${side}EPCList`]: epcs } : {}),
      ...(quantities ? { [`${side}QuantityList`]: quantities } : {}),
      // Consumption and output of one work order are separate events joined by this id.
      transformationID: `urn:uuid:${stableUuid('work-order/1000456')}`,
      ...steps,
      ...where,
      ...(isInput ? {} : { ilmd }),
    };
  }
  const { epcs, quantities } = identify(RAW_GTIN, LOT, granularity);
  const isMovement = profile.bizStep === 'shipping' || profile.bizStep === 'receiving';
  return {
    ...common,
    action: profile.action ?? 'OBSERVE',
    ...(epcs ? { epcList: epcs } : {}),
    ...(quantities ? { quantityList: quantities } : {}),
    ...steps,
    ...where,
    ...(isMovement
      ? {
          sourceList: [{ type: 'owning_party', source: link.party(PARTNER_GLN) }],
          destinationList: [{ type: 'owning_party', destination: link.party(SITE_GLN) }],
        }
      : {}),
    // GS1's schema allows ILMD (instance/lot master data) only when identifiers are created.
    ...(profile.action === 'ADD' ? { ilmd } : {}),
  };
}

const uri: JsonObject = { type: 'string', format: 'uri' };
const uriList: JsonObject = { type: 'array', items: uri };
const quantityList: JsonObject = {
  type: 'array',
  items: {
    type: 'object',
    required: ['epcClass'],
    properties: {
      epcClass: uri,
      quantity: { type: 'number' },
      uom: { type: 'string', pattern: '^[A-Z0-9]{2,3}$' },
    },
  },
};
const location: JsonObject = { type: 'object', required: ['id'], properties: { id: uri } };
const party = (role: 'source' | 'destination'): JsonObject => ({
  type: 'array',
  items: {
    type: 'object',
    required: ['type', role],
    properties: { type: { type: 'string' }, [role]: uri },
  },
});

/**
 * The payload schema of an EPCIS event message: GS1's event shape, with the event type, business
 * step and dispositions of the object fixed. Keywords are draft-07 (AsyncAPI's schema format).
 */
export function epcisEventSchema(profile: EpcisProfile, title: string): JsonObject {
  const isObjectEvent = profile.eventType === 'ObjectEvent';
  const identifiers: JsonObject = isObjectEvent
    ? { epcList: uriList, quantityList }
    : {
        inputEPCList: uriList,
        inputQuantityList: quantityList,
        outputEPCList: uriList,
        outputQuantityList: quantityList,
        transformationID: uri,
      };
  return {
    title,
    description: `EPCIS 2.0 ${profile.eventType}; validates against ${EPCIS_JSON_SCHEMA}`,
    type: 'object',
    required: [
      '@context',
      'type',
      'eventTime',
      'eventTimeZoneOffset',
      ...(isObjectEvent ? ['action'] : ['transformationID']),
    ],
    properties: {
      '@context': { description: `JSON-LD context, ${EPCIS_CONTEXT} first` },
      type: { type: 'string', const: profile.eventType },
      eventID: uri,
      eventTime: { type: 'string', format: 'date-time' },
      eventTimeZoneOffset: {
        type: 'string',
        pattern: '^([+]|[-])((0[0-9]|1[0-3]):([0-5][0-9])|14:00)$',
      },
      ...(isObjectEvent ? { action: { type: 'string', enum: ['ADD', 'OBSERVE', 'DELETE'] } } : {}),
      ...identifiers,
      bizStep: profile.bizStep ? { type: 'string', const: profile.bizStep } : { type: 'string' },
      disposition: { type: 'string', enum: [...profile.dispositions] },
      readPoint: location,
      bizLocation: location,
      bizTransactionList: {
        type: 'array',
        items: {
          type: 'object',
          required: ['bizTransaction'],
          properties: { type: { type: 'string' }, bizTransaction: uri },
        },
      },
      sourceList: party('source'),
      destinationList: party('destination'),
      ilmd: { type: 'object' },
    },
  };
}
