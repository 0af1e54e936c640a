// Prints the script each page loads (its chunk plus every chunk it imports statically, and the
// entry), gzipped as a browser would receive it, and fails when a page for families or the sign-in
// page is over its budget (decision 036). Runs after `vite build`; reads dist/.vite/manifest.json.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");
const BUDGET_KB = 100;
/** Pages anyone can open without signing in, by their route module: these carry the budget. */
const PUBLIC = {
  "Sign in": "src/routes/sign-in.tsx",
  "Self-referral form": "src/routes/self-referral.tsx",
  Evaluation: "src/routes/evaluate.tsx",
};
/** The signed-in frame every staff screen loads before its own chunk. */
const SIGNED_IN = "src/app/signed-in.tsx";

const manifest = JSON.parse(readFileSync(path.join(dist, ".vite", "manifest.json"), "utf8"));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error("No entry in dist/.vite/manifest.json: was the build run with build.manifest?");

const sizes = new Map();
function size(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(path.join(dist, file));
    sizes.set(file, { raw: bytes.length, gzip: gzipSync(bytes).length });
  }
  return sizes.get(file);
}

/** Every script file a chunk needs before it runs: itself and its static imports, transitively. */
function scripts(key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) scripts(imported, into);
  return into;
}

function measure(keys) {
  const files = new Set();
  for (const key of keys) scripts(key, files);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    raw += size(file).raw;
    gzip += size(file).gzip;
  }
  return { files: files.size, raw, gzip };
}

const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(7);
const rows = [];
for (const [page, key] of Object.entries(PUBLIC)) rows.push({ page, ...measure([entryKey, key]), budget: BUDGET_KB });
const staffRoutes = Object.keys(manifest)
  .filter((key) => key.startsWith("src/routes/") && manifest[key].isDynamicEntry && !Object.values(PUBLIC).includes(key))
  .sort();
for (const key of staffRoutes) rows.push({ page: `Staff: ${path.basename(key, ".tsx")}`, ...measure([entryKey, SIGNED_IN, key]) });
const everything = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith(".js"));
const all = everything.reduce((sum, f) => ({ raw: sum.raw + size(f).raw, gzip: sum.gzip + size(f).gzip }), { raw: 0, gzip: 0 });

console.log(`\nScript each page loads (kB = 1000 bytes; gzip as served)\n`);
console.log(`${"page".padEnd(30)} ${"files".padStart(5)} ${"raw kB".padStart(7)} ${"gzip kB".padStart(7)}  budget`);
for (const r of rows) {
  const over = r.budget !== undefined && r.gzip > r.budget * 1000;
  console.log(
    `${r.page.padEnd(30)} ${String(r.files).padStart(5)} ${kb(r.raw)} ${kb(r.gzip)}  ${r.budget === undefined ? "" : `${r.budget} kB ${over ? "OVER" : "ok"}`}`,
  );
}
console.log(`${"All script, every route".padEnd(30)} ${String(everything.length).padStart(5)} ${kb(all.raw)} ${kb(all.gzip)}\n`);

const over = rows.filter((r) => r.budget !== undefined && r.gzip > r.budget * 1000);
if (over.length) {
  console.error(`Over budget: ${over.map((r) => `${r.page} loads ${kb(r.gzip).trim()} kB gzipped (budget ${r.budget} kB)`).join("; ")}`);
  process.exit(1);
}
