import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { eq } from "drizzle-orm";
import { DEMO_SERVICE_SLUG, migrate, openDatabase, seedDemo, tables } from "server";
import { CHROMIUM_PATH, DEPLOYER_EMAIL } from "./paths";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const dashboard = path.join(repo, "dashboard");
const dist = path.join(dashboard, "dist");
const server = path.join(repo, "server");

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: boolean;
    /** An evaluation code in the shape issued before codes became 16 characters (evaluation-code.ts), unused. */
    legacyEvaluationCode: string;
  }
}

/** Newest modification time under a folder (skipping node_modules and dist). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist") continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function buildDashboardIfStale(): void {
  const built = existsSync(path.join(dist, "index.html")) ? statSync(path.join(dist, "index.html")).mtimeMs : 0;
  const sources = Math.max(
    newest(path.join(dashboard, "src")),
    ...["index.html", "vite.config.ts", "package.json"].map((f) => statSync(path.join(dashboard, f)).mtimeMs),
  );
  if (built > sources) return;
  const vite = path.join(dashboard, "node_modules", ".bin", "vite");
  // Vitest sets NODE_ENV=test, and Vite keeps a NODE_ENV it finds: React's development build would
  // ship, 60 kB gzipped more, and the public pages would fail their budget below.
  const result = spawnSync(vite, ["build", "--logLevel", "warn"], {
    cwd: dashboard,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("vite build of the dashboard failed");
  // The same check as the dashboard's build: each page's script, and the budget for public pages (decision 036).
  const sizes = spawnSync(process.execPath, [path.join(dashboard, "scripts", "bundle-size.mjs")], { cwd: dashboard, stdio: "inherit" });
  if (sizes.status !== 0) throw new Error("a public page of the dashboard loads more script than its budget (see above)");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The API's data folder, made before it starts: migrated, with the demo service it would seed, and one
 * evaluation invitation as closeCase used to issue them (32 random bytes in base64url; the SHA-256 of
 * that string stored), so a browser test can send an evaluation with an old code. Returns that code.
 */
async function prepareDataFolder(dataDir: string): Promise<string> {
  const database = await openDatabase({ dataDir });
  try {
    await migrate(database);
    await seedDemo({ db: database.db });
    const [demoService] = await database.db
      .select({ id: tables.services.id })
      .from(tables.services)
      .where(eq(tables.services.slug, DEMO_SERVICE_SLUG));
    const code = randomBytes(32).toString("base64url");
    await database.db.insert(tables.evaluationInvitations).values({
      serviceId: demoService.id,
      tokenHash: createHash("sha256").update(code).digest("hex"),
      closureMonth: new Date().toISOString().slice(0, 8) + "01",
      level: 2,
      channel: "HELPLINE",
    });
    return code;
  } finally {
    await database.close();
  }
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`API did not become healthy within 120 s:\n${output()}`);
}

export default async function setup(project: TestProject) {
  mkdirSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "artifacts"), { recursive: true });
  const chromium = existsSync(CHROMIUM_PATH);
  project.provide("chromium", chromium);
  if (!chromium) {
    const bar = "!".repeat(78);
    console.warn(
      `\n${bar}\n!! SKIPPING BROWSER TESTS: ${CHROMIUM_PATH} is missing.\n` +
        `!! Install it with: apt-get update && apt-get install -y chromium\n${bar}\n`,
    );
    project.provide("baseUrl", "");
    project.provide("legacyEvaluationCode", "");
    return;
  }

  buildDashboardIfStale();

  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "sendiass-e2e-"));
  project.provide("legacyEvaluationCode", await prepareDataFolder(dataDir));
  const tsx = path.join(repo, "tests", "node_modules", ".bin", "tsx");
  let log = "";
  const child = spawn(tsx, [path.join(server, "src", "main.ts")], {
    cwd: server,
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      DASHBOARD_DIST: dist,
      LOG_LEVEL: "error",
      // Browsers that name their own address (X-Forwarded-For) count as separate families for the
      // public form's rate limit, as they would behind a real proxy; the rest are 127.0.0.1.
      TRUST_PROXY: "loopback",
      // The deployment administrator new-service.e2e.test.ts adds to the demo service (decision 041).
      DEPLOYMENT_ADMIN_EMAILS: DEPLOYER_EMAIL,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (log += chunk));
  child.stderr?.on("data", (chunk) => (log += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, () => log);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  project.provide("baseUrl", baseUrl);

  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    rmSync(dataDir, { recursive: true, force: true });
    if (process.env.E2E_SHOW_API_LOG) console.log(log);
  };
}
