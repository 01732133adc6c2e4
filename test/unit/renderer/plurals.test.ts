import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n/index.ts';

describe('counts read as English and Chinese grammar', () => {
  const en = createI18n('en').t;
  const zh = createI18n('zh-CN').t;
  it.each([
    [en('diagram.objects', { count: 1 }), '1 data object'],
    [en('diagram.objects', { count: 11 }), '11 data objects'],
    [
      en('audit.handoff.flowsBody', { count: 1 }),
      '1 must-flow data object becomes a flow between systems.',
    ],
    [
      en('options.ahp.missing', { count: 1 }),
      '1 pair not judged yet counts as “equally important”.',
    ],
    [
      en('audit.handoff.rolloutBody', {
        tasks: en('audit.handoff.cleansingTasks', { count: 1 }),
        trainings: en('audit.handoff.roleTrainings', { count: 3 }),
      }),
      '1 cleansing task and 3 role trainings for phase 1.',
    ],
    [zh('diagram.objects', { count: 1 }), '1 个数据对象'],
    [
      zh('audit.handoff.rolloutBody', {
        tasks: zh('audit.handoff.cleansingTasks', { count: 5 }),
        trainings: zh('audit.handoff.roleTrainings', { count: 3 }),
      }),
      '第一阶段的 5 项数据清理任务与 3 个岗位培训。',
    ],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
