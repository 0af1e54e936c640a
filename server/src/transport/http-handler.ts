import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { ErrorCode } from "../core/errors.js";
import { DATABASE_UNAVAILABLE_MESSAGE, type Log } from "../graphql/format-error.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";
import type { Answer } from "./idempotency.js";

/**
 * POST /graphql straight into Apollo, without Express: what the Express integration does (read the
 * JSON body, hand Apollo the request, write its answer) and nothing else. Every dashboard request is
 * a POST here; Express's router, body parser and response helpers cost ~0.2 ms a request, a few
 * percent of a queue page (tests/bench). Everything else (GET, health, the dashboard's files) still
 * goes through Express.
 */
const utf8 = new TextDecoder("utf-8", { fatal: true });

export function graphqlPostHandler<C extends BaseContext>(opts: {
  apollo: ApolloServer<C>;
  context: (req: IncomingMessage) => Promise<C>;
  /** Largest body accepted; larger is refused with 413 before it is read to the end. */
  maxBodyBytes: number;
  log: Log;
  /**
   * Runs each request's execution: the idempotency keys of decision 027 (`transport/idempotency.ts`).
   * `execute()` runs it with the request's own context, made by Apollo as usual; `execute(context)`
   * with one made beforehand (`context()`) and changed. Absent: executed as it is.
   */
  around?: (req: IncomingMessage, body: unknown, context: () => Promise<C>, execute: (context?: C) => Promise<Answer>) => Promise<Answer>;
}) {
  const refuse = (res: ServerResponse, status: number, message: string, code: ErrorCode) => {
    if (res.headersSent) return;
    res.writeHead(status, {
      "content-type": "application/json; charset=utf-8",
      connection: status === 413 ? "close" : "keep-alive",
      ...(status === 503 ? { "retry-after": "1" } : {}),
    });
    res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  };

  return (req: IncomingMessage, res: ServerResponse) => {
    const declared = Number(req.headers["content-length"]);
    if (declared > opts.maxBodyBytes) {
      refuse(res, 413, "The request is too large.", ErrorCode.PAYLOAD_TOO_LARGE);
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > opts.maxBodyBytes) {
        tooLarge = true;
        chunks.length = 0;
        refuse(res, 413, "The request is too large.", ErrorCode.PAYLOAD_TOO_LARGE);
      } else chunks.push(chunk);
    });
    req.on("error", () => res.destroy());
    req.on("end", () => {
      if (tooLarge) return;
      void answer(req, res, chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks)).catch((error) => {
        opts.log("graphql request failed", error);
        if (isDatabaseUnavailable(error)) refuse(res, 503, DATABASE_UNAVAILABLE_MESSAGE, ErrorCode.DATABASE_UNAVAILABLE);
        else refuse(res, 500, "Something went wrong on our side.", ErrorCode.INTERNAL_SERVER_ERROR);
      });
    });
  };

  async function answer(req: IncomingMessage, res: ServerResponse, raw: Buffer) {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    // Only a JSON body is read, as express.json() did; anything else reaches Apollo without one and is
    // refused there (400), after its CSRF check.
    let body: unknown = undefined;
    if (/^application\/(.+\+)?json\s*(;|$)/i.test(headers.get("content-type") ?? "") && raw.length > 0) {
      let text: string;
      try {
        text = utf8.decode(raw);
      } catch {
        // JSON is UTF-8 (RFC 8259); decoding leniently would turn the bad bytes into U+FFFD and store them.
        refuse(res, 400, "The request body is not valid UTF-8.", ErrorCode.BAD_REQUEST);
        return;
      }
      try {
        body = JSON.parse(text);
      } catch {
        refuse(res, 400, "The request body is not valid JSON.", ErrorCode.BAD_REQUEST);
        return;
      }
    }
    const url = req.url ?? "";
    const q = url.indexOf("?");
    const execute = async (context?: C): Promise<Answer> => {
      const response = await opts.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: "POST", headers, search: q === -1 ? "" : url.slice(q), body },
        context: () => (context ? Promise.resolve(context) : opts.context(req)),
      });
      let text = "";
      if (response.body.kind === "complete") text = response.body.string;
      else for await (const chunk of response.body.asyncIterator) text += chunk;
      return { status: response.status ?? 200, headers: [...response.headers], body: text };
    };
    const answered = opts.around ? await opts.around(req, body, () => opts.context(req), execute) : await execute();
    for (const [key, value] of answered.headers) res.setHeader(key, value);
    res.statusCode = answered.status;
    res.end(answered.body);
  }
}
