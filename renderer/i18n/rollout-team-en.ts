/** English strings of step 3's team tabs (rollout page). */
export const rolloutTeamEn = {
  placeholder: 'Coming in this build.',
};
