/**
 * The dependency rules of docs/architecture.md, checked by `npm run check`.
 * Features: directory <- scheduling <- funding; directory <- questions; directory <- documents; directory <- events.
 * Platform is used by all
 * and uses none.
 */
const FEATURES = '(directory|scheduling|funding|questions|documents|events)';
const TEST = '\\.test\\.tsx?$';
// What assembles the parts may name every SDK: main.ts and its neighbours, and platform's two composition contracts.
const ASSEMBLY = '^bot/src/([^/]+\\.ts|platform/(feature|platform-parts)\\.ts)$';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules never depend on each other in a circle.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        "A feature's domain imports only its own domain, platform's pure parts (time, privacy, errors, ids) and other features' index.ts; no package.",
      from: { path: `^bot/src/${FEATURES}/domain/`, pathNot: TEST },
      to: {
        pathNot: [
          '^bot/src/$1/domain/',
          '^bot/src/platform/(time|privacy|errors|ids)/',
          `^bot/src/${FEATURES}/index\\.ts$`,
        ],
      },
    },
    {
      name: 'app-has-no-vendor-sdk',
      severity: 'error',
      comment: 'Use cases never touch botbuilder, express, Graph, msal, Kysely, pg or PGlite: those live behind ports.',
      from: { path: `^bot/src/${FEATURES}/app/`, pathNot: TEST },
      to: {
        path: 'node_modules/(botbuilder[^/]*|botframework-[^/]+|express|@microsoft/microsoft-graph-client|@azure/msal-node|kysely|pg|@electric-sql/pglite)/',
      },
    },
    {
      name: 'app-stays-inside-its-edges',
      severity: 'error',
      comment: "Use cases never import their feature's store, Teams, API or demo code; those depend on the use cases.",
      from: { path: `^bot/src/${FEATURES}/app/`, pathNot: TEST },
      to: { path: '^bot/src/$1/(store|teams|api|demo|calendar)/' },
    },
    {
      name: 'features-meet-through-index',
      severity: 'error',
      comment: "A feature imports another feature only through that feature's index.ts.",
      from: { path: `^bot/src/${FEATURES}/`, pathNot: TEST },
      to: { path: `^bot/src/${FEATURES}/`, pathNot: ['^bot/src/$1/', `^bot/src/${FEATURES}/index\\.ts$`] },
    },
    {
      name: 'directory-uses-no-feature',
      severity: 'error',
      comment: 'The directory (people, roles, communities, schools) is used by every feature and uses none.',
      from: { path: '^bot/src/directory/', pathNot: TEST },
      to: { path: '^bot/src/(scheduling|funding|questions|documents|events)/' },
    },
    {
      name: 'scheduling-uses-only-directory',
      severity: 'error',
      from: { path: '^bot/src/scheduling/', pathNot: TEST },
      to: { path: '^bot/src/(funding|questions|documents|events)/' },
    },
    {
      name: 'questions-uses-only-directory',
      severity: 'error',
      from: { path: '^bot/src/questions/', pathNot: TEST },
      to: { path: '^bot/src/(scheduling|funding|documents|events)/' },
    },
    {
      name: 'documents-uses-only-directory',
      severity: 'error',
      from: { path: '^bot/src/documents/', pathNot: TEST },
      to: { path: '^bot/src/(scheduling|funding|questions|events)/' },
    },
    {
      name: 'events-uses-only-directory',
      severity: 'error',
      from: { path: '^bot/src/events/', pathNot: TEST },
      to: { path: '^bot/src/(scheduling|funding|questions|documents)/' },
    },
    {
      name: 'funding-does-not-use-questions',
      severity: 'error',
      from: { path: '^bot/src/funding/', pathNot: TEST },
      to: { path: '^bot/src/(questions|events)/' },
    },
    {
      name: 'platform-uses-no-feature',
      severity: 'error',
      comment: 'Platform is what every feature uses; it never reaches up into one.',
      from: { path: '^bot/src/platform/', pathNot: TEST },
      to: { path: `^bot/src/${FEATURES}/` },
    },
    {
      name: 'botbuilder-only-at-the-teams-edge',
      severity: 'error',
      comment: 'botbuilder lives in platform/bot, platform/outbox (proactive delivery) and each feature\'s teams/.',
      from: {
        path: '^bot/src/',
        pathNot: [TEST, ASSEMBLY, '^bot/src/platform/(bot|outbox)/', `^bot/src/${FEATURES}/teams/`],
      },
      to: { path: 'node_modules/(botbuilder[^/]*|botframework-[^/]+)/' },
    },
    {
      name: 'graph-only-in-its-adapter',
      severity: 'error',
      comment:
        'Microsoft Graph and msal-node live only in platform/graph and scheduling/calendar/graph (and msal-node in platform/db/entra).',
      from: {
        path: '^bot/src/',
        pathNot: [TEST, '^bot/src/platform/graph/', '^bot/src/scheduling/calendar/graph/', '^bot/src/platform/db/entra/'],
      },
      to: { path: 'node_modules/(@microsoft/microsoft-graph-client|@azure/msal-node)/' },
    },
    {
      name: 'graph-only-in-the-calendar',
      severity: 'error',
      comment: 'Microsoft Graph lives only in platform/graph (the client, mail, app installs) and scheduling/calendar/graph.',
      from: { path: '^bot/src/', pathNot: [TEST, '^bot/src/platform/graph/', '^bot/src/scheduling/calendar/graph/'] },
      to: { path: 'node_modules/@microsoft/microsoft-graph-client/' },
    },
    {
      name: 'database-only-in-stores',
      severity: 'error',
      comment: "Kysely, pg and PGlite live in platform/db, platform's repositories and each feature's store/ and demo/.",
      from: {
        path: '^bot/src/',
        pathNot: [TEST, ASSEMBLY, '^bot/src/platform/(db|outbox|conversations|demo)/', `^bot/src/${FEATURES}/(store|demo)/`],
      },
      to: { path: 'node_modules/(kysely|pg|@electric-sql/pglite)/' },
    },
    {
      name: 'store-knows-no-calendar',
      severity: 'error',
      comment: 'Repositories do not import calendar adapters.',
      from: { path: `^bot/src/${FEATURES}/store/` },
      to: { path: '/calendar/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^dist/' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
