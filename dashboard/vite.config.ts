import { readFileSync, statSync } from "node:fs";
import react from "@vitejs/plugin-react";
import { parse } from "graphql";
import MagicString from "magic-string";
import { defineConfig, type Plugin } from "vite";

const api = process.env.API_ORIGIN ?? "http://127.0.0.1:4000";

/**
 * Replaces each `graphql(`…`)` call with the document codegen generated for it, written out in place
 * (decision 020, 021). Neither the GraphQL source text nor src/gql/gql.ts's table of every document
 * reaches the bundle, and each route's chunk carries only its own documents: a shared module of
 * every document would land in the chunk the sign-in and public pages load.
 */
function graphqlDocuments(): Plugin {
  const generated = new URL("./src/gql/graphql.ts", import.meta.url).pathname;
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  const exported = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
  let documents: { mtime: number; byName: Map<string, string> } = { mtime: -1, byName: new Map() };
  const read = () => {
    const mtime = statSync(generated).mtimeMs;
    if (mtime !== documents.mtime) {
      const text = readFileSync(generated, "utf8");
      documents = { mtime, byName: new Map([...text.matchAll(exported)].map((m) => [m[1] ?? "", m[2] ?? ""])) };
    }
    return documents.byName;
  };
  return {
    name: "graphql-documents",
    enforce: "pre",
    transform(code, id) {
      if (!/\/src\/(?!gql\/).+\.tsx?$/.test(id) || !code.includes("graphql(`")) return null;
      const byName = read();
      const out = new MagicString(code);
      for (const match of code.matchAll(call)) {
        const definition = parse(match[1] ?? "").definitions[0];
        const name =
          definition?.kind === "FragmentDefinition"
            ? `${definition.name.value}FragmentDoc`
            : definition?.kind === "OperationDefinition" && definition.name
              ? `${definition.name.value}Document`
              : null;
        const document = name ? byName.get(name) : undefined;
        if (!document) this.error(`No generated document for a graphql() call in ${id}: run pnpm --filter dashboard codegen`);
        out.overwrite(match.index, match.index + match[0].length, `(${document})`);
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

export default defineConfig({
  base: "/",
  plugins: [graphqlDocuments(), react()],
  // Routes load on demand (decision 036); the manifest lets scripts/bundle-size.mjs add up what each one loads.
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, manifest: true, chunkSizeWarningLimit: 1000 },
  server: {
    // One proxy entry carries both transports: HTTP POST and the graphql-ws upgrade.
    proxy: { "/graphql": { target: api, ws: true, changeOrigin: true }, "/documents": { target: api, changeOrigin: true } },
  },
});
