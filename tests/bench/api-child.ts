/**
 * A second API instance for the fan-out's API-originated scenario: its own process on the same
 * database (spawned by run.ts with cwd=server, like server-child.ts), with beside it a raw `ws`
 * broadcaster fed by its own LISTEN, as in server-child.ts, so the baseline has the same shape as
 * the API: subscribers split over two processes. Talks to the parent over IPC.
 */
import type { AddressInfo } from "node:net";
import postgres from "postgres";
import { WebSocketServer, type WebSocket } from "ws";
import { startApp } from "server/app.ts";
import { loadEnv } from "server/config/env.ts";
import { referralDeliveryReads } from "server/referral/referral.service.ts";

const url = process.env.BENCH_DATABASE_URL!;
const send = (m: unknown) => process.send!(m);

const app = await startApp({
  env: loadEnv({
    NODE_ENV: "production",
    DATABASE_URL: url,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    SEED_DEMO: "false",
    OVERDUE_ENGINE: "off",
  }),
});

const pg = postgres(url, { max: 1, onnotice: () => {} });
const raw = new WebSocketServer({ port: 0, host: "127.0.0.1" });
await new Promise<void>((r) => raw.once("listening", () => r()));
let rawPayload = "{}";
const rawStamps = { notified: 0, lastFrame: 0 };
const rawListen = await pg.listen("bench_raw", () => {
  rawStamps.notified = performance.timeOrigin + performance.now();
  for (const client of raw.clients as Set<WebSocket>) client.send(rawPayload);
  rawStamps.lastFrame = performance.timeOrigin + performance.now();
});

const onMessage = async (m: any) => {
  try {
    let result: unknown;
    switch (m.cmd) {
      case "fanout":
        result = { ...app.fanoutStats(), sessions: app.deps.sessions.stats(), referralReads: referralDeliveryReads() };
        break;
      case "rawStamps":
        result = rawStamps;
        break;
      case "clock":
        result = performance.timeOrigin + performance.now();
        break;
      case "rawPayload":
        rawPayload = m.payload;
        result = rawPayload.length;
        break;
      case "stop":
        await rawListen.unlisten();
        raw.close();
        await pg.end({ timeout: 2 });
        await app.close();
        result = true;
        break;
    }
    send({ id: m.id, result });
    if (m.cmd === "stop") setTimeout(() => process.exit(0), 50);
  } catch (e) {
    send({ id: m.id, error: String((e as Error)?.stack ?? e) });
  }
};
process.on("message", (m: any) => void onMessage(m));

send({ ready: true, url: app.url, wsUrl: app.wsUrl, rawWsUrl: `ws://127.0.0.1:${(raw.address() as AddressInfo).port}/` });
