/** Where embedded start-up time goes; run by run.ts (cwd=server) with a fresh data folder as argv[2]. */
const dir = process.argv[2];
const t0 = performance.now();
const { startApp } = await import("server/app.ts");
const t1 = performance.now();
const { buildAppSchema } = await import("server/schema.ts");
await buildAppSchema();
const t2 = performance.now();
const { openDatabase, migrate } = await import("server/db/client.ts");
const fresh = await openDatabase({ dataDir: dir, template: false });
const t3 = performance.now();
await migrate(fresh);
const t4 = performance.now();
await fresh.close();
const t5 = performance.now();
const again = await openDatabase({ dataDir: dir });
const t6 = performance.now();
await again.close();
// The same folder with PostgreSQL's default buffer pool (128MB) instead of ours (PGLITE_SHARED_BUFFERS).
const t6a = performance.now();
const defaultBuffers = await openDatabase({ dataDir: dir, sharedBuffers: "128MB" });
const t6b = performance.now();
await defaultBuffers.close();
// A new folder copied from the build's template (server/dist/pglite-template), then the (empty) migration run.
const t7 = performance.now();
const copied = await openDatabase({ dataDir: `${dir}-from-template` });
const t8 = performance.now();
await migrate(copied);
const t9 = performance.now();
await copied.close();
if (copied.origin?.from !== "template") throw new Error(`template not used: ${copied.origin?.reason}`);
void startApp;
console.log(
  JSON.stringify({
    importApp: t1 - t0,
    buildSchema: t2 - t1,
    pgliteNewFolder: t3 - t2,
    migrate: t4 - t3,
    pgliteExistingFolder: t6 - t5,
    pgliteExisting128MB: t6b - t6a,
    templateNewFolder: t8 - t7,
    migrateTemplate: t9 - t8,
  }),
);
export {};
