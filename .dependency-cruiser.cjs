/**
 * The pipeline's import rules (npm run check:imports, and in npm test).
 *
 * data ← core ← stages (read, ocr, normalizers, extractors, link, store) ← run ← cli.
 * A stage imports only core, data and itself; `run` composes the stages; the CLI is thin and
 * reaches the stages only through `run` (and `store` for queries). No cycles anywhere.
 */
const STAGES = ['pipeline/read', 'pipeline/ocr', 'pipeline/link', 'pipeline/store', 'normalizers', 'extractors'];

/** A stage folder may import only itself, core and data (and packages). */
const stageRules = STAGES.map((stage) => ({
  name: `stage-${stage.replace('pipeline/', '')}`,
  comment: `${stage} imports only itself, pipeline/core and data: stages meet only in pipeline/run.`,
  severity: 'error',
  from: { path: `^${stage}/` },
  to: { path: '^(pipeline|normalizers|extractors|data)/', pathNot: [`^${stage}/`, '^pipeline/core/', '^data/'] },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Imports go one way.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'data-is-data',
      comment: 'data/ holds word lists, tables and the patterns built from them; it imports nothing of the code.',
      severity: 'error',
      from: { path: '^data/' },
      to: { path: '^(pipeline|normalizers|extractors)/' },
    },
    {
      name: 'core-imports-no-stage',
      comment: 'pipeline/core (model, record schema, messages, errors, Vietnamese text primitives) imports only itself and data.',
      severity: 'error',
      from: { path: '^pipeline/core/' },
      to: { path: '^(pipeline|normalizers|extractors)/', pathNot: ['^pipeline/core/'] },
    },
    ...stageRules,
    {
      name: 'run-is-not-cli',
      comment: 'pipeline/run composes the stages; it never reaches into the CLI.',
      severity: 'error',
      from: { path: '^pipeline/run/' },
      to: { path: '^pipeline/cli/' },
    },
    {
      name: 'cli-is-thin',
      comment: 'The CLI parses options and prints; it reaches the stages through pipeline/run and queries through pipeline/store.',
      severity: 'error',
      from: { path: '^pipeline/cli/' },
      to: { path: '^(pipeline/(read|ocr|link)|normalizers|extractors)/' },
    },
    {
      name: 'web-is-thin',
      comment: 'The web page (pipeline/web) is routes and templates: it reaches the stages only through pipeline/run/index.ts and queries through pipeline/store.',
      severity: 'error',
      from: { path: '^pipeline/web/' },
      to: { path: '^(pipeline/(read|ocr|link|cli)|normalizers|extractors)/|^pipeline/run/(?!index\\.ts$)' },
    },
    {
      name: 'nothing-imports-the-web-but-its-command',
      comment: 'Only the `serve` command starts the web page; the stages, run and store never reach into it.',
      severity: 'error',
      from: { path: '^pipeline/', pathNot: ['^pipeline/web/', '^pipeline/cli/serve\\.ts$'] },
      to: { path: '^pipeline/web/' },
    },
    {
      name: 'code-does-not-import-tests',
      severity: 'error',
      from: { path: '^(pipeline|normalizers|extractors|data)/' },
      to: { path: '^(tests|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs'] },
  },
};
