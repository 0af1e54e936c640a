import type { IncomingMessage } from "node:http";
import type { Request, Response, Router } from "express";
import { DomainError, ErrorCode } from "../core/errors.js";
import type { Viewer } from "../core/viewer.js";
import { DATABASE_UNAVAILABLE_MESSAGE, type Log } from "../graphql/format-error.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";
import type { Db } from "../db/client.js";
import { documentLimits, downloadDocument, uploadDocument } from "../documents/document.service.js";

/**
 * Files travel outside GraphQL (decision 038): `POST /documents` takes the raw bytes as its body and
 * `GET /documents/:id/download` sends them. Both authenticate with the session token GraphQL uses
 * (`Authorization: Bearer`), so a cross-site page cannot send one; the upload also demands the
 * `x-sendiass-upload` header, so it is never a CORS "simple request" even if sessions move to cookies.
 * Answers carry the GraphQL error shape (`errors[].extensions.code/field`).
 */
export const UPLOAD_HEADER = "x-sendiass-upload";

/** Statuses for the codes a document request can end with. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
};

export function documentRoutes(opts: {
  router: Router;
  db: Db;
  now: () => Date;
  viewerOf: (req: IncomingMessage) => Promise<Viewer | null>;
  correlationId: () => string;
  log: Log;
}) {
  const { router } = opts;
  const fail = (res: Response, error: unknown) => {
    if (res.headersSent) return;
    res.set("cache-control", "no-store");
    if (error instanceof DomainError) {
      const extensions = { code: error.code, ...(error.field ? { field: error.field } : {}) };
      res.status(STATUS[error.code] ?? 400).json({ errors: [{ message: error.message, extensions }] });
      return;
    }
    const correlationId = opts.correlationId();
    opts.log("document request failed", error);
    if (isDatabaseUnavailable(error)) {
      res.status(503).set("retry-after", "1");
      res.json({
        errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, correlationId } }],
      });
      return;
    }
    res.status(500).json({
      errors: [{ message: "Something went wrong on our side.", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId } }],
    });
  };
  const signedIn = async (req: Request) => {
    const viewer = await opts.viewerOf(req);
    if (!viewer) throw new DomainError(ErrorCode.UNAUTHENTICATED, "You need to sign in.");
    return viewer;
  };
  const one = (v: unknown) => (typeof v === "string" ? v : undefined);

  router.post("/documents", (req, res) => {
    void (async () => {
      if (req.headers[UPLOAD_HEADER] !== "1") throw new DomainError(ErrorCode.BAD_REQUEST, `Uploads need the ${UPLOAD_HEADER} header.`);
      const viewer = await signedIn(req);
      const { fileMaxBytes, fileMaxMb } = await documentLimits(opts.db, viewer.serviceId);
      const tooLarge = () => new DomainError(ErrorCode.BAD_USER_INPUT, `Files can be at most ${fileMaxMb} MB.`, { field: "file" });
      if (Number(req.headers["content-length"]) > fileMaxBytes) throw tooLarge();
      // Read at most the cap: a body that goes past it is refused without reading (or keeping) the rest.
      const bytes = await new Promise<Buffer>((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        req.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > fileMaxBytes) {
            chunks.length = 0;
            req.removeAllListeners("data");
            req.pause();
            reject(tooLarge());
          } else chunks.push(chunk);
        });
        req.on("end", () => resolve(Buffer.concat(chunks)));
        req.on("error", reject);
      });
      const q = req.query;
      const document = await uploadDocument({
        db: opts.db,
        viewer,
        target: { caseId: one(q.caseId), referralId: one(q.referralId), personId: one(q.personId) },
        replaces: one(q.replaces),
        name: one(q.name) ?? "",
        bytes,
        now: opts.now(),
        correlationId: opts.correlationId(),
      });
      res.set("cache-control", "no-store").status(201).json({ data: { document } });
    })().catch((error) => {
      // A refused body is not read on: close the connection rather than drain an unbounded upload.
      if (!req.readableEnded) res.set("connection", "close");
      fail(res, error);
      if (!req.readableEnded) res.once("finish", () => req.destroy());
    });
  });

  router.get("/documents/:id/download", (req, res) => {
    void (async () => {
      const viewer = await signedIn(req);
      const doc = await downloadDocument({ db: opts.db, viewer, id: String(req.params.id), correlationId: opts.correlationId() });
      res.set({
        "content-type": doc.contentType === "text/plain" ? "text/plain; charset=utf-8" : doc.contentType,
        "content-length": String(doc.bytes.length),
        // RFC 6266/5987: an ASCII fallback and the UTF-8 name.
        "content-disposition": `attachment; filename="${doc.name.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(doc.name)}`,
        "x-content-type-options": "nosniff",
        "cache-control": "no-store",
        "content-security-policy": "default-src 'none'; sandbox",
      });
      res.status(200).end(doc.bytes);
    })().catch((error) => fail(res, error));
  });
}
