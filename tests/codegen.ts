import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types for the tests' operations, from the committed SDL: a renamed field or a wrongly typed
 * variable fails `pnpm run check` instead of a test at run time. Only documents written as
 * `graphql(\`…\`)` are checked; strings sent through `gqlUnchecked` / `subscribeUnchecked` (documents
 * that are meant to be invalid) are not, because codegen would refuse them.
 */
const config: CodegenConfig = {
  schema: "../schema/schema.graphql",
  documents: ["api/**/*.ts", "fault/**/*.ts", "support/**/*.ts", "!support/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "support/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Sent over HTTP and graphql-ws as text; nothing needs a parsed DocumentNode.
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: "string", LocalDate: "string" },
        skipTypename: true,
      },
    },
  },
};

export default config;
