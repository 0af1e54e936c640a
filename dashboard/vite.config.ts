import { readFileSync } from "node:fs";
import react from "@vitejs/plugin-react";
import { parse } from "graphql";
import MagicString from "magic-string";
import { defineConfig, type Plugin } from "vite";

const api = process.env.API_ORIGIN ?? "http://127.0.0.1:4000";

/**
 * Replaces each `graphql(`…`)` call with the document codegen generated for it, so neither the
 * GraphQL source text nor src/gql/gql.ts's table of every document reaches the bundle (decision 020:
 * about 55 kB of the main chunk). What the client preset's Babel plugin does, but through a namespace
 * import: its named import breaks a file whose constant has the generated name (`const MeDocument = …`).
 */
function graphqlDocuments(): Plugin {
  const generated = new URL("./src/gql/graphql.ts", import.meta.url).pathname;
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  return {
    name: "graphql-documents",
    enforce: "pre",
    transform(code, id) {
      if (!/\/src\/(?!gql\/).+\.tsx?$/.test(id) || !code.includes("graphql(`")) return null;
      const exported = readFileSync(generated, "utf8");
      const out = new MagicString(code);
      for (const match of code.matchAll(call)) {
        const definition = parse(match[1] ?? "").definitions[0];
        const name =
          definition?.kind === "FragmentDefinition"
            ? `${definition.name.value}FragmentDoc`
            : definition?.kind === "OperationDefinition" && definition.name
              ? `${definition.name.value}Document`
              : null;
        if (!name || !exported.includes(`export const ${name} =`)) this.error(`No generated document for a graphql() call in ${id}`);
        out.overwrite(match.index, match.index + match[0].length, `__documents.${name}`);
      }
      out.prepend(`import * as __documents from ${JSON.stringify(generated)};\n`);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

export default defineConfig({
  base: "/",
  plugins: [graphqlDocuments(), react()],
  // One bundle is fine for a staff tool on a LAN; React + Apollo alone are ~450 kB before gzip.
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
  server: {
    // One proxy entry carries both transports: HTTP POST and the graphql-ws upgrade.
    proxy: { "/graphql": { target: api, ws: true, changeOrigin: true } },
  },
});
