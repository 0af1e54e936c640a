import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { operationText, type GqlResult, type Operation, type OperationArgs } from "./operation.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const tsx = path.join(root, "tests/node_modules/.bin/tsx");

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  wsUrl: string;
  output: () => string;
  stop(): Promise<void>;
  /** Resolves when the process exits, whoever ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Signal the whole process group at once (SIGKILL: what an out-of-memory killer or a lost machine does). */
  kill(signal: NodeJS.Signals): void;
}

/**
 * The API's entry point (server/src/main.ts under tsx) in its own process; `built: true` runs what
 * `pnpm start` runs instead, server/dist/bundle/main.js (build it first).
 */
export async function startServerProcess(env: Record<string, string>, opts: { built?: boolean } = {}): Promise<ServerProcess> {
  let output = "";
  const [command, args] = opts.built ? [process.execPath, ["dist/bundle/main.js"]] : [tsx, ["src/main.ts"]];
  const child: ChildProcess = spawn(command, args, {
    cwd: path.join(root, "server"),
    // PORT 0: the server takes a port of the kernel's choosing and names it in its start line. A port
    // found free here and handed on could be taken by another test's server before this one bound it,
    // and that server would then answer for it (a CI run once read an empty start line that way).
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "error", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: tsx runs the server in a child process of its own, and a SIGKILL sent to
    // tsx alone would leave that child running (an orphaned server was found after a loaded run).
    detached: true,
  });
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // the group has already gone
    }
  };
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  // The start line is written whatever LOG_LEVEL says (but "silent"), once the port is open.
  const deadline = Date.now() + 45_000;
  let base: string;
  for (;;) {
    const port = /API on http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(output)?.[1];
    if (port && (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok) {
      base = `http://127.0.0.1:${port}`;
      break;
    }
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      signal("SIGKILL");
      throw new Error(`server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `${base}/graphql`,
    wsUrl: `${base.replace(/^http/, "ws")}/graphql`,
    output: () => output,
    exited,
    kill: signal,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      signal("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) signal("SIGKILL");
    },
  };
}

/** POST one checked operation to a server process; pass a session token to sign in. */
export async function post<TResult, TVariables>(
  url: string,
  document: Operation<TResult, TVariables>,
  ...[variables, token]: OperationArgs<TVariables>
): Promise<GqlResult<TResult>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: operationText(document), variables }),
  });
  return (await res.json()) as GqlResult<TResult>;
}
