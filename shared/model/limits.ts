/**
 * The sizes a project document may reach. Each is far beyond any real assessment (a workshop
 * scores a handful of options on a few dozen criteria with a dozen raters; a plant's data-flow
 * diagram has tens of systems), yet small enough that every derivation — validation, scoring,
 * Monte Carlo, schedules, specs — stays fast on a laptop. A file beyond a limit is refused with
 * a located error instead of freezing the app. The README ("Reliability and security") lists
 * them; the published JSON Schema carries them as `maxItems`.
 */
export const LIMITS = {
  /** All criteria of both scopes (options and vendors). */
  criteria: 500,
  /** Children of one parent (or main criteria of one scope) — one level of the tree. */
  criteriaPerParent: 50,
  /** Levels of the criteria tree (main criteria are level 1). */
  criteriaDepth: 6,
  candidates: 100,
  vendors: 100,
  raters: 100,
  /** Raters × criteria. */
  weights: 50_000,
  judgements: 100_000,
  /** Raters × subjects × criteria, with room to spare. */
  scores: 250_000,
  costs: 10_000,
  systems: 5_000,
  flows: 20_000,
  customObjects: 1_000,
  fieldsPerObject: 500,
  notes: 5_000,
  objectsPerFlow: 200,
  team: 1_000,
  phases: 200,
  tasks: 20_000,
  predecessorsPerTask: 200,
  raciPerTask: 200,
  risks: 5_000,
  trainings: 5_000,
  auditAnswers: 10_000,
  /** Comments of a live workshop on flows and tasks. */
  comments: 10_000,
} as const;

/**
 * Saaty designed pairwise comparison for small sets: people judge consistently only up to about
 * 7 ± 2 elements, and a level of n criteria needs n(n − 1)/2 judgements (15 criteria: 105).
 * Saaty, T. L. & Ozdemir, M. S. (2003), "Why the magic number seven plus or minus two",
 * Mathematical and Computer Modelling 38, 233–244. Above this many siblings, AHP weights are not
 * computed for that level (equal weights, with a warning asking to group the criteria).
 */
export const MAX_AHP_SIBLINGS = 15;
