/** English strings of the step-2 page (options, vendors, weights, scores, results). */
export const optionsEn = {
  title: 'Step 2 — Option and vendor selection',
};
