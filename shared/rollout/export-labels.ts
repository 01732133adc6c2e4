import type { Language, TaskKind } from '../model/schema.ts';

/** The words the plan exports and the CLI print, in both languages. */
export type PlanLabels = {
  plan: string;
  milestone: string;
  gate: string;
  training: string;
  hours: string;
  /** Between a label and its value: ": " in English, a full-width colon in Chinese. */
  colon: string;
  columns: {
    wbs: string;
    id: string;
    phase: string;
    name: string;
    kind: string;
    duration: string;
    start: string;
    finish: string;
    predecessors: string;
    totalFloat: string;
    freeFloat: string;
    critical: string;
    complete: string;
    responsible: string;
    accountable: string;
    workstream: string;
  };
  yes: string;
  no: string;
  unscheduled: string;
  calendar: string;
  kinds: Record<TaskKind, string>;
};

/** Labels by language; the CSV header row and the MSPDI calendar name use them. */
export const planLabels: Record<Language, PlanLabels> = {
  en: {
    plan: 'Rollout plan',
    milestone: 'Milestone',
    gate: 'Gate',
    training: 'Training',
    hours: 'Hours',
    colon: ': ',
    columns: {
      wbs: 'WBS',
      id: 'Task id',
      phase: 'Phase',
      name: 'Task',
      kind: 'Kind',
      duration: 'Working days',
      start: 'Start',
      finish: 'Finish',
      predecessors: 'Predecessors',
      totalFloat: 'Total float',
      freeFloat: 'Free float',
      critical: 'Critical',
      complete: '% complete',
      responsible: 'Responsible',
      accountable: 'Accountable',
      workstream: 'Workstream',
    },
    yes: 'yes',
    no: 'no',
    unscheduled: 'not scheduled (dependency cycle)',
    calendar: 'Project calendar',
    kinds: {
      work: 'Work',
      cleansing: 'Data cleansing',
      'interface-build': 'Interface build',
      'interface-test': 'Interface test',
      configuration: 'Configuration',
      training: 'Training',
      uat: 'UAT',
      'go-live': 'Go-live',
      hypercare: 'Hypercare',
      milestone: 'Milestone',
    },
  },
  'zh-CN': {
    plan: '实施计划',
    milestone: '里程碑',
    gate: '阶段关口',
    training: '培训',
    hours: '学时',
    colon: '：',
    columns: {
      wbs: 'WBS',
      id: '任务 ID',
      phase: '阶段',
      name: '任务',
      kind: '类型',
      duration: '工作日',
      start: '开始',
      finish: '完成',
      predecessors: '前置任务',
      totalFloat: '总浮动',
      freeFloat: '自由浮动',
      critical: '关键',
      complete: '完成百分比',
      responsible: '执行（R）',
      accountable: '负责（A）',
      workstream: '工作流',
    },
    yes: '是',
    no: '否',
    unscheduled: '未排期（依赖循环）',
    calendar: '项目日历',
    kinds: {
      work: '工作',
      cleansing: '数据清洗',
      'interface-build': '接口开发',
      'interface-test': '接口测试',
      configuration: '配置',
      training: '培训',
      uat: '用户验收',
      'go-live': '上线',
      hypercare: '上线支持',
      milestone: '里程碑',
    },
  },
};
