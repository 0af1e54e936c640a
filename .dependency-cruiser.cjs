/**
 * The dependency rules `pnpm test` enforces (pnpm run check:deps). The graph must be one-way:
 * no cycles between files or between folders; the transport-free core knows nothing of GraphQL;
 * services never import GraphQL; the dashboard's shared library never imports features or the app.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: "no-file-cycles",
      severity: "error",
      comment: "Two files that import each other cannot be understood, tested or moved apart.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-folder-cycles",
      severity: "error",
      scope: "folder",
      comment: "Folders form layers: a folder that imports another may not be imported back, however indirectly.",
      from: {},
      to: { circular: true },
    },
    {
      name: "services-without-graphql",
      severity: "error",
      comment:
        "Services, rules, queries, validation schemas, models and tables are transport-free: they take plain data and throw domain errors.",
      from: { path: "^server/src/.+\\.(service|rules|query|engine|job|validation|model|table)\\.ts$" },
      // Nor the GraphQL shapes of any module (input classes, object types, resolvers).
      to: {
        path: [
          "node_modules/(graphql|type-graphql|graphql-scalars|@apollo)/",
          "^server/src/graphql/",
          "^server/src/.+\\.(inputs|type|resolver)\\.ts$",
        ],
      },
    },
    {
      name: "core-without-graphql",
      severity: "error",
      comment: "The core layer (errors, input parsing, text validators) is shared by every transport.",
      from: { path: "^server/src/core/" },
      to: { path: ["node_modules/(graphql|type-graphql|graphql-scalars|@apollo|graphql-ws|ws|express)/", "^server/src/(?!core/)"] },
    },
    {
      name: "dashboard-shared-below-features",
      severity: "error",
      comment: "ui/ and lib/ are the dashboard's shared library: features and the app shell build on them, never the reverse.",
      from: { path: "^dashboard/src/(ui|lib)/" },
      to: { path: "^dashboard/src/(features|routes|app)/" },
    },
    {
      name: "dashboard-features-below-app",
      severity: "error",
      comment: "The app shell (entry, router, Apollo client) composes routes and features; they never import it.",
      from: { path: "^dashboard/src/(features|routes)/" },
      to: { path: "^dashboard/src/app/" },
    },
    {
      name: "dashboard-features-below-routes",
      severity: "error",
      comment: "Routes compose features; a feature never imports a route.",
      from: { path: "^dashboard/src/features/" },
      to: { path: "^dashboard/src/routes/" },
    },
  ],
  options: {
    // Packages are in the graph but not followed: excluding them as well dropped every import of one,
    // so the rules above that name a package (services and core without GraphQL) could never fire.
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["dist", "dashboard/src/gql/"] },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"],
    },
  },
};
