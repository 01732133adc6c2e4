/**
 * The data objects that close the half chain (pitfall 3), shared by the diagram rules and the
 * self-audit's advice. No imports: both sides of the audit ↔ flows boundary read it.
 */

/** What carries a supplier's lot into the plant: its shipping notice, certificate, or receipt. */
export const SUPPLIER_LOT_OBJECTS: readonly string[] = [
  'advance-shipping-notice',
  'certificate-of-analysis',
  'goods-receipt',
];

/** What a customer sends back so a recall knows which lots arrived where. */
export const CUSTOMER_CONFIRMATION_OBJECTS: readonly string[] = ['receipt-confirmation'];
