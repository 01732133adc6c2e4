/** English strings of step 3's plan tabs (rollout page). */
export const rolloutPlanEn = {
  tabs: {
    plan: 'Plan',
    team: 'Task force & RACI',
    gates: 'Gates',
    risks: 'Risks',
    training: 'Training',
    calendar: 'Calendar',
  },
  placeholder: 'Coming in this build.',
};
