import type { rolloutTeamEn } from './rollout-team-en.ts';

/** 第三步团队相关标签页的简体中文文字（上线计划页）。 */
export const rolloutTeamZhCN = {
  placeholder: '即将推出。',
} satisfies typeof rolloutTeamEn;
