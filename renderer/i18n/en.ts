/** English UI strings. Every key here must exist in zh-CN.ts too (test/unit/i18n.test.ts). */
export const en = {
  app: {
    name: 'TraceReady',
    tagline:
      'Connect raw-material traceability to ERP, MES, suppliers and customers — the three-step way.',
  },
  nav: {
    overview: 'Overview',
    audit: '1 Self-audit',
    options: '2 Options & vendors',
    flows: 'Data flows',
    rollout: '3 Rollout',
    report: 'Report',
  },
  action: {
    new: 'New',
    open: 'Open…',
    save: 'Save',
    saveAs: 'Save as…',
    undo: 'Undo',
    redo: 'Redo',
    close: 'Close project',
    darkMode: 'Dark mode',
    compact: 'Compact',
    language: 'Language',
    cancel: 'Cancel',
  },
  shortcut: {
    undo: 'Ctrl/⌘+Z',
    redo: 'Shift+Ctrl/⌘+Z',
    save: 'Ctrl/⌘+S',
  },
  start: {
    title: 'Start a traceability integration project',
    subtitle:
      'Step 1 self-audit → step 2 option and vendor scoring → step 3 phased rollout, with a data-flow diagram and a PDF report.',
    templates: 'Start from a template',
    create: 'Create',
    projectLanguage: 'Project language',
    openFile: 'Open a project file…',
    recent: 'Recent projects',
    recentEmpty: 'No recent projects yet. Create one from a template or open a .trplan file.',
    example: 'Worked example',
    starter: 'Starter',
  },
  overview: {
    title: 'Project overview',
    details: 'Project details',
    progress: 'Progress through the three steps',
    missing: '{{count}} still to do',
    allDone: 'Every step has what it needs.',
    field: {
      title: 'Project title',
      client: 'Client',
      site: 'Site',
      industry: 'Industry',
      consultant: 'Consultant',
      language: 'Report language',
      notes: 'Goal and notes',
    },
    notesPlaceholder: 'What concrete business problem does the integration solve?',
  },
  step: {
    audit: 'Step 1 — Internal needs self-audit',
    options: 'Step 2 — Option selection',
    flows: 'Key data flows',
    rollout: 'Step 3 — Implementation and risk management',
  },
  industry: {
    food: 'Food & beverage',
    pharma: 'Pharmaceuticals',
    automotive: 'Automotive parts',
    electronics: 'Electronics',
    chemicals: 'Chemicals',
    other: 'Other',
  },
  placeholder: {
    comingTitle: 'What lands on this page',
    inDocument: 'Already in this project',
    audit:
      'The self-audit questionnaire: granularity (lot vs serial), ERP/MES data readiness with evidence, key flows one-way or two-way, team capability, supply-chain reach and governance — scored into readiness per dimension with red flags for the three pitfalls.',
    options:
      'Weighted scoring of SaaS, custom development and iPaaS on the five dimensions, AHP or direct weights, several raters, TOPSIS beside weighted sum, rank-reversal thresholds, Monte Carlo and TCO — and the vendor evaluation.',
    flows:
      'The drag-and-drop diagram of systems and flows with validation (over-sync, half-chain, open quality loop) and exports to OpenAPI 3.1, AsyncAPI 3.0, JSON Schema and an interface control document.',
    rollout:
      'The cross-department task force with RACI, phases with data-validation and UAT gates, a critical-path schedule, risks and role-based training.',
    report:
      'The bilingual PDF report of all three steps, for the client and for batch generation from the command line.',
    counts: {
      answers: '{{count}} audit answers',
      candidates: '{{count}} candidate solutions',
      criteria: '{{count}} criteria',
      vendors: '{{count}} vendors',
      raters: '{{count}} raters',
      scores: '{{count}} scores',
      systems: '{{count}} systems',
      flows: '{{count}} flows',
      phases: '{{count}} phases',
      tasks: '{{count}} tasks',
      team: '{{count}} team members',
      risks: '{{count}} risks',
    },
  },
  file: {
    untitled: 'Untitled project',
    unsaved: 'Unsaved changes',
    saved: 'Saved',
    savedTo: 'Saved to {{name}}',
    downloaded: 'Downloaded {{name}} — keep it in your project folder.',
    saveFailed: 'Could not save',
    openInvalid: '{{name}} cannot be opened',
    openInvalidHint:
      'Nothing was changed: the project that was open is still open. Fix these fields and try again:',
    moreErrors: '…and {{count}} more',
    migrated: 'This file was upgraded to the current format; save to keep the upgrade.',
    confirmDiscardTitle: 'Discard unsaved changes?',
    confirmDiscardBody: 'The current project has changes that are not saved. They will be lost.',
    discard: 'Discard changes',
  },
  recovery: {
    title: 'Recover unsaved work?',
    body: 'TraceReady found work on "{{title}}" autosaved at {{time}} that was never saved to a file.',
    recover: 'Recover',
    discard: 'Discard',
    recovered: 'Recovered. Save it to a file to keep it.',
    autosaved: 'Autosaved {{time}}',
  },
  about: {
    title: 'About TraceReady',
    body: 'TraceReady {{version}} — the three-step model for connecting raw-material quality traceability to ERP/MES, suppliers and customers.',
  },
};

export type Messages = typeof en;
