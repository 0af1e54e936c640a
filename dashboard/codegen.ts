import type { CodegenConfig } from "@graphql-codegen/cli";
import { preset as labels } from "./scripts/codegen-labels";

/**
 * Types come from the committed SDL, never from a running server, so the dashboard builds offline
 * and a schema change shows up as a type error here.
 */
// `sort` is a load option the CLI reads from the root config (@graphql-codegen/cli load.js) but its type omits.
const config: CodegenConfig & { sort: boolean } = {
  schema: "../schema/schema.graphql",
  // The SDL is printed sorted already, with enum values in declaration order (the order screens list
  // them in); codegen's own sort would put them back in the alphabet's.
  sort: false,
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      preset: "client",
      // Masking is a type-level contract only (decision 020): the data is not stripped at run time.
      presetConfig: { fragmentMasking: { unmaskFunctionName: "getFragmentData" } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: "string", LocalDate: "string" },
        skipTypename: false,
      },
    },
    // Each enum value's description is its label (decision 021): one module per enum, for the screens (decision 037).
    "src/gql/labels/": { preset: labels },
  },
};

export default config;
