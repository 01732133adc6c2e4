/** English strings of issue 14's inputs: count-of-total answers, out-of-scope partners, TBD protocol. */
export const rulesEn = {
  countOfTotal: {
    mode: { percent: 'Percentage', count: 'Count of total' },
    of: 'of',
    derived: '= {{percent}}%',
    tooMany: 'The count cannot be larger than the total.',
    zeroTotal: 'Enter a total above zero.',
  },
  outOfScope: {
    toggle: 'Out of scope for this project',
    reason: 'Reason (the team’s decision)',
    placeholder: 'e.g. packaging film is not food-contact; onboarding in phase 4',
    needsReason: 'Write the reason: without one, the checks still treat it as a gap.',
    decided: 'The checks report it as a decision, not a gap.',
  },
  protocolTbd: 'To be decided',
};
