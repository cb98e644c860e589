/**
 * The shape of the code, checked by `npm run lint:layers` (part of `npm test`): the layers of
 * README.md's architecture section, lowest first. A module imports only from its own layer and
 * those below it; type-only imports count too. No import cycles; SQL drivers only in src/store.
 */
const LAYERS = [
  { name: 'vocabulary-config', path: '^src/(vocabulary|clock|ids|identity|lazy|logger|paths|metrics|plural|threads)[.]ts$|^src/config/' },
  { name: 'extract', path: '^src/extract/' },
  { name: 'domain', path: '^src/(rules|incidents|alerts|digest)/|^src/maps/(?!(renderer|worker)[.]ts$)' },
  { name: 'store', path: '^src/store/' },
  // The map renderer runs drawings in a worker thread with a time limit: machinery, not formatting.
  { name: 'edges', path: '^src/(feeds|discord|http)/|^src/maps/(renderer|worker)[.]ts$' },
  { name: 'orchestration', path: '^src/pipeline/|^src/app[.]ts$' },
  { name: 'cli', path: '^src/cli([.]ts$|/)' },
];
const ANY_LAYER = LAYERS.map((l) => `(${l.path})`).join('|');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `layer-${layer.name}`,
      comment: `${layer.name} imports only from itself and the layers below it (${LAYERS.slice(0, i).map((l) => l.name).join(', ') || 'none'})`,
      severity: 'error',
      from: { path: layer.path },
      to: {
        path: LAYERS.slice(i + 1)
          .map((l) => `(${l.path})`)
          .join('|'),
      },
    })),
    {
      name: 'every-module-in-a-layer',
      comment: 'a module under src/ belongs to one of the layers (add a new folder to LAYERS and to the README)',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: ANY_LAYER },
    },
    {
      name: 'no-sql-outside-store',
      comment: 'every SQL statement lives in src/store: only it may use the database drivers and the query builder',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/store/' },
      to: { path: '(^|/)node_modules/(kysely|pg|better-sqlite3)/' },
    },
    {
      name: 'no-circular',
      comment: 'data flows one way: no import cycles',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that resolves to nothing is a typo or a missing dependency',
      severity: 'error',
      from: { path: '^src/' },
      // geojson and topojson-specification are type-only packages (@types/…), resolved by tsc.
      to: { couldNotResolve: true, pathNot: '^(geojson|topojson-specification)$' },
    },
    {
      name: 'not-to-dev-dependency',
      comment: 'what ships (src/) uses no devDependency: it would be missing in the image',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js'] },
  },
};
