import { localized, type Localized } from '../i18n/localized.ts';

/**
 * The building blocks of the data-object field model: typed fields, and the GS1 identifiers
 * (GS1 General Specifications §3: AI 00 SSCC, 01 GTIN, 10 batch/lot, 17 expiry, 21 serial,
 * 414 GLN) that every traceability payload is built from.
 */

/** Lot (batch) level, unit (serial) level, or both — step 1's `goal.granularity`. */
export type Granularity = 'lot' | 'serial' | 'mixed';

/** The scalar types of a field; `date` and `datetime` are ISO 8601 strings. */
export type ScalarType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'datetime';

/** One field of a data object, enough to write its JSON Schema and a sample value. */
export type FieldSpec = {
  name: string;
  type: ScalarType | 'object' | 'array';
  isRequired: boolean;
  description?: Localized;
  /** The GS1 Application Identifier of the value in a barcode, e.g. `10` for a lot. */
  gs1Ai?: string;
  pattern?: string;
  enum?: readonly string[];
  minimum?: number;
  /** The members of an `object` field. */
  fields?: readonly FieldSpec[];
  /** The item of an `array` field (its name is not used). */
  items?: FieldSpec;
  /** A sample value; it must satisfy `pattern` and `enum`. */
  example?: string | number | boolean;
};

type FieldOptions = Omit<FieldSpec, 'name' | 'type' | 'isRequired'>;

/** A required field. */
export function field(
  name: string,
  type: FieldSpec['type'],
  options: FieldOptions = {},
): FieldSpec {
  return { name, type, isRequired: true, ...options };
}

/** The same field, optional. */
export function optional(spec: FieldSpec): FieldSpec {
  return { ...spec, isRequired: false };
}

/** The same field under another name, with its own sample value. */
export function renamed(spec: FieldSpec, name: string, example = spec.example): FieldSpec {
  return { ...spec, name, ...(example === undefined ? {} : { example }) };
}

/** An array of objects with the given members (at least one item). */
export function list(name: string, members: readonly FieldSpec[], description?: Localized) {
  return field(name, 'array', {
    items: field('item', 'object', { fields: members }),
    ...(description ? { description } : {}),
  });
}

/** GTIN-14 (AI 01): 14 digits, shorter GTINs left-padded with zeros. */
export const gtin = field('gtin', 'string', {
  gs1Ai: '01',
  pattern: '^\\d{14}$',
  example: '09506000134352',
  description: localized(
    'GTIN-14 of the trade item (GS1 AI 01)',
    '贸易项目的 GTIN-14（GS1 AI 01）',
  ),
});

/** Batch/lot number (AI 10): up to 20 characters of GS1 character set 82. */
export const lot = field('lot', 'string', {
  gs1Ai: '10',
  pattern: '^[!-"%-/0-9:-?A-Z_a-z]{1,20}$',
  example: 'L2026-0311',
  description: localized('Batch/lot number (GS1 AI 10)', '批号（GS1 AI 10）'),
});

/** Serial number (AI 21): up to 20 characters of GS1 character set 82. */
export const serialNumber = field('serialNumber', 'string', {
  gs1Ai: '21',
  pattern: lot.pattern!,
  example: 'SN000123',
  description: localized('Serial number of one unit (GS1 AI 21)', '单品序列号（GS1 AI 21）'),
});

/** SSCC (AI 00): 18 digits identifying a logistic unit (pallet, case). */
export const sscc = field('sscc', 'string', {
  gs1Ai: '00',
  pattern: '^\\d{18}$',
  example: '395200000000000012',
  description: localized(
    'SSCC of the logistic unit (GS1 AI 00)',
    '物流单元的系列货运包装箱代码 SSCC（GS1 AI 00）',
  ),
});

/** A GLN (AI 414 for a location, 417 for a party): 13 digits. */
export function gln(name: string, description: Localized): FieldSpec {
  return field(name, 'string', {
    gs1Ai: '414',
    pattern: '^\\d{13}$',
    example: '9520123456788',
    description,
  });
}

/** Expiry date (AI 17). */
export const expiryDate = field('expiryDate', 'date', {
  gs1Ai: '17',
  description: localized('Expiry date (GS1 AI 17)', '有效期至（GS1 AI 17）'),
});

/** A quantity, never negative. */
export const quantity = field('quantity', 'number', { minimum: 0, example: 500 });

/** Unit of measure as a UN/ECE Recommendation 20 code (KGM, LTR, H87…), as EPCIS `uom` expects. */
export const unit = field('unit', 'string', {
  pattern: '^[A-Z0-9]{2,3}$',
  example: 'KGM',
  description: localized(
    'Unit of measure, UN/ECE Recommendation 20 code (KGM, LTR, H87)',
    '计量单位，UN/ECE 第 20 号建议书代码（KGM、LTR、H87）',
  ),
});

/** The material (item) number in the ERP. */
export const material = field('material', 'string', {
  example: 'RM-10023',
  description: localized('Material number in the ERP', 'ERP 物料编码'),
});

/**
 * The identifiers of a traced item at the chosen granularity: `lot` gives the lot (AI 10) with
 * an optional GTIN, `serial` a required GTIN and serial number (AI 21) — together an SGTIN —
 * and `mixed` both, the serial optional because bulk materials carry lots only.
 *
 * @example identifierFields('serial') → gtin (required), serialNumber (required)
 */
export function identifierFields(
  granularity: Granularity,
  lots: readonly FieldSpec[] = [lot],
): FieldSpec[] {
  const fields: FieldSpec[] = [granularity === 'serial' ? gtin : optional(gtin)];
  if (granularity !== 'serial') fields.push(...lots);
  if (granularity === 'serial') fields.push(serialNumber);
  if (granularity === 'mixed') fields.push(optional(serialNumber));
  return fields;
}

/**
 * The GS1 check digit of a GTIN, GLN or SSCC body (GS1 General Specifications §7.9.1: weights 3
 * and 1 alternating from the right, then the distance to the next multiple of 10).
 *
 * @example gs1CheckDigit('950600013435') → 2 (GTIN-13 9506000134352)
 */
export function gs1CheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}
