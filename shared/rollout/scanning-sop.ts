import { localized, type Localized } from '../i18n/localized.ts';

/**
 * The one-page QR-code scanning SOP handed to warehouse clerks, line operators and QC
 * inspectors at training (three-step model, step 3: "when to scan, how to scan, what to do when
 * a scan fails — and make it part of daily KPIs"). Kept as data in both languages so the
 * Training tab prints it and the PDF report can print the same page.
 */

/** One moment in the material's path at which a label must be scanned. */
export type ScanPoint = {
  id: 'receiving' | 'issue-to-line' | 'production-output' | 'shipping';
  /** Where and when: the event that triggers the scan. */
  when: Localized;
  /** Who scans at this point. */
  who: Localized;
  /** What the scan records (the traceability event it creates). */
  records: Localized;
};

/** A titled list of short imperative lines. */
export type SopSection = { title: Localized; lines: Localized[] };

/** The whole SOP: title, purpose, scan points, how-to, failures, escalation and the KPI. */
export type ScanningSop = {
  title: Localized;
  purpose: Localized;
  scanPoints: {
    title: Localized;
    /** Column headings of the scan-point table: when, who, what it records. */
    columns: { when: Localized; who: Localized; records: Localized };
    points: ScanPoint[];
  };
  howToScan: SopSection;
  whenScanFails: SopSection;
  whoToCall: SopSection;
  kpi: SopSection;
};

/**
 * The SOP's content. The KPI targets (≥ 99.5 % of movements scanned, unreadable labels closed
 * the same shift) are our suggested starting values for a pilot line, not published norms;
 * the team sets its own at the phase gate.
 */
export const scanningSop: ScanningSop = {
  title: localized('QR-code scanning SOP', '二维码扫码作业指导书（SOP）'),
  purpose: localized(
    'Every move of a raw-material lot is scanned once, at the moment it happens, so a recall can be traced in minutes instead of days.',
    '原料批次的每一次移动都在发生时扫码一次，这样追溯召回只需几分钟，而不是几天。',
  ),
  scanPoints: {
    title: localized('When to scan', '何时扫码'),
    columns: {
      when: localized('Scan point', '扫码点'),
      who: localized('Who', '执行人'),
      records: localized('What it records', '记录内容'),
    },
    points: [
      {
        id: 'receiving',
        when: localized(
          'Receiving: when a delivery is unloaded, before it is put away',
          '收货：卸货后、上架前',
        ),
        who: localized('Warehouse clerk', '仓管员'),
        records: localized(
          'Lot received against the purchase order; supplier lot and expiry',
          '按采购订单收货的批次、供应商批号与有效期',
        ),
      },
      {
        id: 'issue-to-line',
        when: localized(
          'Issue to line: when material leaves the warehouse for a work order',
          '发料上线：物料按工单出库时',
        ),
        who: localized('Warehouse clerk, line operator on receipt', '仓管员；产线操作工接收时'),
        records: localized('Lot consumed by the work order', '工单消耗的原料批次'),
      },
      {
        id: 'production-output',
        when: localized(
          'Production output: when a finished or semi-finished lot is labelled',
          '生产产出：成品或半成品批次贴标时',
        ),
        who: localized('Line operator; QC inspector at release', '产线操作工；放行时由质检员扫码'),
        records: localized(
          'Output lot linked to the lots it consumed; QC result',
          '产出批次与所耗原料批次的关联；质检结果',
        ),
      },
      {
        id: 'shipping',
        when: localized(
          'Shipping: when a pallet is loaded for a customer',
          '发货：托盘装车发往客户时',
        ),
        who: localized('Warehouse clerk', '仓管员'),
        records: localized('Lots and SSCC shipped to which customer', '发往哪个客户的批次与 SSCC'),
      },
    ],
  },
  howToScan: {
    title: localized('How to scan', '如何扫码'),
    lines: [
      localized(
        'Choose the step on the handheld first (receive, issue, output, ship).',
        '先在手持终端上选择作业步骤（收货、发料、产出、发货）。',
      ),
      localized(
        'Hold the scanner 10–30 cm from the label, square to it; wait for the beep and the green tick.',
        '扫码枪距标签 10–30 厘米、正对标签；听到提示音并看到绿色对勾为止。',
      ),
      localized(
        'Check that the material and lot number on screen match the label.',
        '核对屏幕上的物料与批号与标签一致。',
      ),
      localized(
        'Enter the quantity, then confirm. One scan per lot, per move.',
        '输入数量后确认。每个批次每次移动只扫一次。',
      ),
    ],
  },
  whenScanFails: {
    title: localized('When a scan fails or a label is unreadable', '扫码失败或标签无法识别时'),
    lines: [
      localized(
        'Retry once: clean the label or the scanner window, change the angle, avoid glare.',
        '重试一次：擦净标签或扫码窗口，换个角度，避开反光。',
      ),
      localized(
        'Still failing: type the lot number from the printed text and mark the move "manual".',
        '仍然失败：按标签上的印刷文字手工输入批号，并将此次移动标记为“手工录入”。',
      ),
      localized(
        'Label damaged or missing: do not move the material; put it on hold and print a new label from the system.',
        '标签损坏或缺失：不要移动物料；将其隔离待处理，并从系统补打标签。',
      ),
      localized(
        'System says "lot unknown" or "wrong step": stop, do not override; call the key user.',
        '系统提示“批次不存在”或“步骤错误”：停止操作，不要强行跳过；联系关键用户。',
      ),
    ],
  },
  whoToCall: {
    title: localized('Who to call', '联系谁'),
    lines: [
      localized(
        'Label or scanner problem: the shift key user of your area.',
        '标签或扫码枪问题：本区域当班关键用户。',
      ),
      localized(
        'System down or data wrong: IT support (hotline on the scanner cradle).',
        '系统故障或数据错误：IT 支持（热线贴在扫码枪底座上）。',
      ),
      localized(
        'Material on hold for a quality reason: the QC inspector on duty.',
        '因质量原因隔离的物料：当班质检员。',
      ),
    ],
  },
  kpi: {
    title: localized('The KPI it feeds', '计入的 KPI'),
    lines: [
      localized(
        'Scan compliance: moves scanned ÷ moves made, per shift — target ≥ 99.5 %.',
        '扫码合规率：每班已扫码移动次数 ÷ 实际移动次数，目标 ≥ 99.5%。',
      ),
      localized(
        'Manual entries and unreadable labels: counted per shift, closed the same shift.',
        '手工录入与无法识别的标签：按班统计，当班闭环。',
      ),
      localized(
        "Both are part of the daily shift review and of each area's monthly KPI.",
        '两项指标纳入每日班组例会和各区域的月度 KPI。',
      ),
    ],
  },
};
