import WebSocket from "ws";

export interface RawMessage {
  type: string;
  id?: string;
  payload?: any;
}

/**
 * One graphql-transport-ws socket driven frame by frame: several operations on the same socket, and
 * payloads no well-behaved client would send (hostile-input and fuzz tests).
 */
export interface RawSocket {
  /** Send a `subscribe` frame; resolves with the first frame answering it (`next` or `error`), or rejects after `timeoutMs`. */
  subscribe(id: string, payload: Record<string, unknown>, timeoutMs?: number): Promise<RawMessage>;
  /** Send any text as one frame. */
  sendRaw(text: string): void;
  /** Frames received for an operation id, in order. */
  received(id: string): RawMessage[];
  /** Resolves with the next frame for `id`. */
  nextFor(id: string, timeoutMs?: number): Promise<RawMessage>;
  isOpen(): boolean;
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

export async function openRawSocket(wsUrl: string, token: string): Promise<RawSocket> {
  const socket = new WebSocket(wsUrl, "graphql-transport-ws");
  const byId = new Map<string, RawMessage[]>();
  const waiters = new Map<string, ((m: RawMessage) => void)[]>();
  let acked!: () => void;
  let refused!: (e: Error) => void;
  const ack = new Promise<void>((res, rej) => {
    acked = res;
    refused = rej;
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on("close", (code, reason) => {
      refused(new Error(`closed ${code}`));
      resolve({ code, reason: reason.toString() });
    }),
  );
  socket.on("message", (data) => {
    const m = JSON.parse(data.toString()) as RawMessage;
    if (m.type === "connection_ack") return acked();
    if (m.type === "ping") return socket.send(JSON.stringify({ type: "pong" }));
    if (!m.id) return;
    const w = waiters.get(m.id)?.shift();
    if (w) w(m);
    else byId.set(m.id, [...(byId.get(m.id) ?? []), m]);
  });
  await new Promise<void>((res, rej) => {
    socket.once("open", () => res());
    socket.once("error", rej);
  });
  socket.send(JSON.stringify({ type: "connection_init", payload: { authToken: token } }));
  await ack;
  const nextFor = (id: string, timeoutMs = 3000) => {
    const queued = byId.get(id)?.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise<RawMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no frame for ${id} within ${timeoutMs} ms`)), timeoutMs);
      waiters.set(id, [
        ...(waiters.get(id) ?? []),
        (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      ]);
    });
  };
  return {
    subscribe(id, payload, timeoutMs) {
      socket.send(JSON.stringify({ type: "subscribe", id, payload }));
      return nextFor(id, timeoutMs);
    },
    sendRaw: (text) => socket.send(text),
    received: (id) => byId.get(id) ?? [],
    nextFor,
    isOpen: () => socket.readyState === WebSocket.OPEN,
    closed,
    async close() {
      if (socket.readyState === WebSocket.OPEN) socket.close(1000);
      await closed;
    },
  };
}
