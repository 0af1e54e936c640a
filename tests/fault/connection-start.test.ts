import { setTimeout as sleep } from "node:timers/promises";
import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase, type Database } from "server/db/client.ts";
import { startPrivateCluster, type PrivateCluster } from "./cluster.js";

/**
 * The driver when a connection is lost while it starts, or while a statement runs: postgres.js asks
 * every new connection for the server's array types before the statement that opened it. A fault
 * test run saw an instance die when PostgreSQL restarted in that moment: the array-type query was
 * left waiting across the reconnection, failed with ECONNREFUSED, and its promise had no handler
 * (porsager/postgres#1192, #1205, #1223). The old backend's error also reached the next connection's
 * first statement. A proxy between the driver and a private cluster cuts a connection at those points.
 */
let cluster: PrivateCluster;
beforeAll(async () => {
  cluster = await startPrivateCluster();
});
afterAll(async () => {
  await cluster?.destroy();
});

/** PostgreSQL's ErrorResponse for a backend ended by pg_terminate_backend or a fast shutdown. */
function adminShutdown(): Buffer {
  const fields = Buffer.concat(
    [
      ["S", "FATAL"],
      ["V", "FATAL"],
      ["C", "57P01"],
      ["M", "terminating connection due to administrator command"],
      ["R", "ProcessInterrupts"],
    ]
      .map(([code, text]) => Buffer.from(`${code}${text}\0`))
      .concat(Buffer.from("\0")),
  );
  const head = Buffer.alloc(5);
  head.write("E", 0);
  head.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([head, fields]);
}

/**
 * A TCP proxy to the cluster, listening from `accept`. `cut` may cut a connection when it sees what
 * the driver sends; `refuse` closes the listening socket (connections are refused) until `accept`.
 */
class Proxy {
  private server: net.Server | undefined;
  port = 0;
  cut: ((chunk: Buffer, client: net.Socket) => boolean) | undefined;
  private sockets = new Set<net.Socket>();

  constructor(private readonly target: number) {}

  private makeServer() {
    return net.createServer((client) => {
      const upstream = net.connect(this.target, "127.0.0.1");
      this.sockets.add(client).add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on("error", drop).on("close", drop);
      upstream.on("error", drop).on("close", drop);
      client.on("data", (chunk: Buffer) => {
        if (this.cut?.(chunk, client)) {
          this.cut = undefined;
          drop();
          return;
        }
        upstream.write(chunk);
      });
      upstream.on("data", (chunk: Buffer) => client.write(chunk));
    });
  }

  async accept(): Promise<void> {
    const server = (this.server = this.makeServer());
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.port = (server.address() as net.AddressInfo).port;
  }

  async refuse(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  close() {
    for (const socket of this.sockets) socket.destroy();
    this.server?.close();
  }
}

const isArrayTypeQuery = (chunk: Buffer) => chunk.includes("typcategory");

describe("a connection lost while it starts or while a statement runs", () => {
  let proxy: Proxy;
  let database: Database | undefined;
  const unhandled: unknown[] = [];
  const onUnhandled = (error: unknown) => unhandled.push(error);

  beforeAll(() => {
    process.on("unhandledRejection", onUnhandled);
  });
  afterAll(() => {
    process.off("unhandledRejection", onUnhandled);
  });
  afterEach(async () => {
    await database?.close().catch(() => undefined);
    database = undefined;
    proxy?.close();
    unhandled.length = 0;
  });

  async function connectThroughProxy() {
    proxy = new Proxy(cluster.port);
    await proxy.accept();
    database = await openDatabase({ url: `postgres://postgres@127.0.0.1:${proxy.port}/postgres`, max: 1 });
    return database;
  }
  const selectOne = (db: Database) => db.db.execute(sql`select 1 as one`) as unknown as Promise<{ one: number }[]>;

  it("refused while fetching the array types: the statement fails, nothing is left unhandled, and the next statement works", async () => {
    const db = await connectThroughProxy();
    let refused = false;
    proxy.cut = (chunk) => {
      if (!isArrayTypeQuery(chunk)) return false;
      refused = true;
      void proxy.refuse();
      return true;
    };
    const first = selectOne(db).then(
      () => "answered",
      (error: Error) => String((error.cause as { code?: string } | undefined)?.code ?? error.message),
    );
    expect(await first).toBe("ECONNREFUSED");
    expect(refused).toBe(true);
    await sleep(100);
    await proxy.accept();
    expect(await selectOne(db)).toEqual([{ one: 1 }]);
    await sleep(50);
    expect(unhandled).toEqual([]);
  });

  it("ended by the server while fetching the array types: the statement runs on the next connection, without the old backend's error", async () => {
    const db = await connectThroughProxy();
    proxy.cut = (chunk, client) => {
      if (!isArrayTypeQuery(chunk)) return false;
      client.write(adminShutdown());
      return true;
    };
    expect(await selectOne(db)).toEqual([{ one: 1 }]);
    await sleep(50);
    expect(unhandled).toEqual([]);
  });

  it("ended by the server while a statement runs: that statement fails, the next one does not inherit its error", async () => {
    const db = await connectThroughProxy();
    expect(await selectOne(db)).toEqual([{ one: 1 }]);
    const [{ pid }] = (await db.db.execute(sql`select pg_backend_pid() as pid`)) as unknown as { pid: number }[];
    const sleeping = db.db.execute(sql`select pg_sleep(30)`).then(
      () => "answered",
      () => "failed",
    );
    await sleep(200);
    await cluster.psql(`select pg_terminate_backend(${pid})`);
    expect(await sleeping).toBe("failed");
    expect(await selectOne(db)).toEqual([{ one: 1 }]);
    await sleep(50);
    expect(unhandled).toEqual([]);
  });
});
