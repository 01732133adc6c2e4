/** English strings of long work done off the UI thread: evaluating step 2, opening big files. */
export const workEn = {
  evaluation: {
    running: 'Calculating ranking probabilities… {{completed}} of {{total}} draws',
    preparing: 'Preparing the evaluation…',
    stale: 'The results shown are for the project before your last change.',
    cancel: 'Cancel',
    cancelled: 'Calculation cancelled. The results shown may be out of date.',
    cancelledEmpty: 'Calculation cancelled.',
    failed: 'The evaluation failed: {{message}}',
    recalculate: 'Recalculate',
  },
  open: {
    reading: 'Reading {{name}}…',
    checking: 'Checking {{name}}…',
    cancel: 'Cancel',
    cancelled: 'Opening cancelled; the open project is unchanged.',
  },
};
