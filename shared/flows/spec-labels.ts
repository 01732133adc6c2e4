import { localized, type Localized } from '../i18n/localized.ts';
import type { Flow, TraceSystem } from '../model/schema.ts';

/**
 * Words the spec exporters print, in both languages: departments, triggers, protocols,
 * directions, lanes, and the transport security each protocol is specified with.
 */

/** What starts a flow. */
export const triggerLabels: Record<Flow['trigger'], Localized> = {
  event: localized('Event (on change)', '事件触发（变更即发）'),
  scheduled: localized('Scheduled', '定时'),
  manual: localized('Manual / on request', '手动 / 按需'),
};

/** One-way push or two-way sync. */
export const directionLabels: Record<Flow['direction'], Localized> = {
  'one-way': localized('One-way', '单向'),
  'two-way': localized('Two-way', '双向'),
};

/** Where a system sits in the supply chain. */
export const laneLabels: Record<TraceSystem['lane'], Localized> = {
  internal: localized('Internal', '内部'),
  upstream: localized('Upstream (supplier)', '上游（供应商）'),
  downstream: localized('Downstream (customer)', '下游（客户）'),
};

/**
 * Protocol names (the same in both languages). A protocol not decided yet prints in both, so a
 * reader of either language's spec sees at once that the interface is a placeholder.
 */
export const protocolLabels: Record<Flow['protocol'], string> = {
  tbd: 'To be decided / 待定',
  rest: 'REST (HTTPS/JSON)',
  soap: 'SOAP',
  odata: 'OData',
  file: 'File (SFTP)',
  edi: 'EDI (AS2)',
  opcua: 'OPC UA',
  mqtt: 'MQTT',
  database: 'Database',
};

/** The transport security an interface of each protocol is specified with. */
export const protocolSecurity: Record<Flow['protocol'], Localized> = {
  tbd: localized('To be decided with the protocol (placeholder)', '待协议确定后约定（占位）'),
  rest: localized(
    'OAuth 2.0 client credentials over TLS 1.2+',
    'TLS 1.2+ 传输，OAuth 2.0 客户端凭据授权',
  ),
  odata: localized(
    'OAuth 2.0 client credentials over TLS 1.2+',
    'TLS 1.2+ 传输，OAuth 2.0 客户端凭据授权',
  ),
  soap: localized(
    'OAuth 2.0 client credentials over TLS 1.2+ (WS-Security where the service requires it)',
    'TLS 1.2+ 传输，OAuth 2.0 客户端凭据授权（服务要求时使用 WS-Security）',
  ),
  mqtt: localized(
    'Mutual TLS with X.509 client certificates; topic access lists per client',
    '双向 TLS（X.509 客户端证书）；按客户端设置主题访问权限',
  ),
  opcua: localized(
    'OPC UA SignAndEncrypt with application instance certificates',
    'OPC UA 签名并加密（SignAndEncrypt），使用应用实例证书',
  ),
  edi: localized(
    'AS2: signed and encrypted messages, signed MDN receipts',
    'AS2：报文签名并加密，签名回执（MDN）',
  ),
  file: localized(
    'SFTP with key authentication; a checksum per file',
    'SFTP 密钥认证；每个文件附校验和',
  ),
  database: localized(
    'Least-privilege service account on views only; TLS to the database',
    '最小权限服务账号，仅访问视图；数据库连接使用 TLS',
  ),
};

/** The line a spec prints on an interface whose protocol is not decided yet. */
export const protocolTbdNote = localized('Protocol to be decided', '协议待定');

/**
 * The specification extension that marks an interface whose protocol is not decided yet
 * (OpenAPI 3.1 §4.9 and AsyncAPI 3.0 "Specification Extensions": any `x-` field).
 */
export const PROTOCOL_TBD_EXTENSION = 'x-protocol-tbd';

/** A yes/no in each language. */
export const yesNo = (value: boolean): Localized =>
  value ? localized('yes', '是') : localized('no', '否');
