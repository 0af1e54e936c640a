// Part of `pnpm --filter server build` (after tsc): dist/main.js and everything it imports in one file,
// dist/bundle/main.js, so a start loads a few modules instead of ~1,500 (import ~530 ms -> ~250 ms).
// Split at dynamic imports: main.js is small (env, database opening), and the app is a chunk that
// main.ts imports once PGlite has begun opening, so the two overlap (see src/main.ts). Whitespace and
// syntax are minified (~30% less to read and compile at every start); names are kept, because
// type-graphql names GraphQL types after classes and stack traces stay readable (source map beside).
// It bundles tsc's output, not src, so decorator metadata is tsc's. Kept outside: PGlite (it loads its
// .wasm and data files from beside its own module) and argon2 (a native addon). dist/bundle sits at the
// same depth as dist/db, so paths made from import.meta.url (migrations/, the PGlite template) still hold.
// Each build that changes code writes new chunk names; chunks of builds before the previous one are
// deleted (the previous build's stay: a server started from it loads its app chunk lazily).
import { build } from "esbuild";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const server = path.resolve(import.meta.dirname, "..");
const outdir = path.join(server, "dist/bundle");
const manifest = path.join(outdir, "outputs.json");
const previous = existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")) : [];
const result = await build({
  entryPoints: [path.join(server, "dist/main.js")],
  outdir,
  metafile: true,
  entryNames: "[name]",
  chunkNames: "chunk-[hash]",
  splitting: true,
  minifyWhitespace: true,
  minifySyntax: true,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["@electric-sql/pglite", "@node-rs/argon2"],
  // Bundled CommonJS packages call require() for Node's built-ins.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  sourcemap: true,
  legalComments: "none",
  logLevel: "warning",
});
const outputs = Object.keys(result.metafile.outputs).map((file) => path.basename(file));
writeFileSync(manifest, JSON.stringify(outputs));
const keep = new Set([...outputs, ...previous, "outputs.json"]);
for (const file of readdirSync(outdir)) if (!keep.has(file)) rmSync(path.join(outdir, file));
