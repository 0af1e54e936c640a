import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import CFB from "cfb";
import { tables } from "server";
import { dbMode, startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { openAcceptedCase } from "../support/casework.js";
import { dumpAllRows, pgDump } from "../support/dump.js";
import { graphql } from "../support/gql/index.js";

const DOCUMENTS = graphql(`query FolderDocuments($caseId: ID, $referralId: ID, $personId: ID, $withVoided: Boolean) {
  documents(caseId: $caseId, referralId: $referralId, personId: $personId, withVoided: $withVoided) {
    id seriesId version name contentType sizeBytes attachedTo previewable voidedAt voidReason voidedBy uploadedBy
    earlierVersions { id version name }
  }
}`);
const VOID = graphql(`mutation VoidDocument($id: ID!, $input: VoidDocumentInput!) {
  voidDocument(id: $id, input: $input) { id voidedAt voidReason voidedBy }
}`);
const ERASE = graphql(`mutation EraseFamilyDocuments($id: ID!) { eraseServiceUser(personId: $id) { personId } }`);
const EXPORT = graphql(`query DocumentsSubjectAccess($id: ID!) { subjectAccessExport(personId: $id) { json } }`);

const CANARY = "Dokument9c4e";
const PDF = Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% school report\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
/** An OLE compound file with these streams at its root: a Word 97 document has "WordDocument"; an .msi has installer tables. */
const compound = (streams: string[]) => {
  const container = CFB.utils.cfb_new();
  for (const name of streams) CFB.utils.cfb_add(container, `/${name}`, Buffer.from("content"));
  return CFB.write(container, { type: "buffer" }) as Buffer;
};
const WORD_97 = compound(["WordDocument", "1Table"]);
const MSI = compound(["\u4840\u3f3f\u4577\u446c\u3b6a\u45e4\u4824", "\u0005SummaryInformation"]);
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]);

let server: TestServer;
let base: string;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
let otherOfficer: { id: string; token: string };
let theCase: Awaited<ReturnType<typeof openAcceptedCase>>;
let personId: string;
const clock = new Date("2026-11-25T10:00:00Z");

type Target = { caseId?: string; referralId?: string; personId?: string; replaces?: string };

async function upload(token: string | null, target: Target, name: string, body: Buffer, headers: Record<string, string> = {}) {
  const params = new URLSearchParams({ ...target, name } as Record<string, string>);
  const res = await fetch(`${base}/documents?${params}`, {
    method: "POST",
    headers: {
      "content-type": "application/octet-stream",
      "x-sendiass-upload": "1",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function download(token: string | null, id: string) {
  const res = await fetch(`${base}/documents/${id}/download`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

const stored = async () => ({
  documents: Number((await server.db.select({ n: count() }).from(tables.documents))[0]!.n),
  contents: Number((await server.db.select({ n: count() }).from(tables.documentContents))[0]!.n),
});
const audited = async (action: string) =>
  Number((await server.db.select({ n: count() }).from(tables.auditEvents).where(eq(tables.auditEvents.action, action)))[0]!.n);

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  base = server.url.replace(/\/graphql$/, "");
  a = await createServiceWithTeam(server, "Documents A");
  b = await createServiceWithTeam(server, "Documents B");
  const row = await createStaff(server, { serviceId: a.service.id, role: "OFFICER" });
  otherOfficer = { id: row.id, token: await signIn(server, row.email) };
  theCase = await openAcceptedCase(server, a.MANAGER.token, a.OFFICER);
  const [ref] = await server.db
    .select({ personId: tables.referrals.personId })
    .from(tables.referrals)
    .where(eq(tables.referrals.id, theCase.referralId));
  personId = ref!.personId!;
});
afterAll(() => server?.close());

describe("POST /documents", () => {
  it("files a school report on a case for the officer who holds it, checked by content, and audits it", async () => {
    const before = await audited("document.upload");
    const res = await upload(a.OFFICER.token, { caseId: theCase.caseId }, "School report.pdf", PDF);
    expect(res.status).toBe(201);
    expect(res.body.data.document).toMatchObject({
      name: "School report.pdf",
      contentType: "application/pdf",
      sizeBytes: PDF.length,
      version: 1,
      attachedTo: "CASE",
      caseId: theCase.caseId,
      referralId: theCase.referralId,
      personId,
      previewable: true,
    });
    expect(await audited("document.upload")).toBe(before + 1);
  });

  it("lets a manager file on the referral and the family record; the family record lists everything", async () => {
    expect((await upload(a.MANAGER.token, { referralId: theCase.referralId }, "photo.png", PNG)).status).toBe(201);
    expect((await upload(a.MANAGER.token, { personId }, "notes.txt", Buffer.from("Called about £ transport"))).status).toBe(201);
    const word = await upload(a.MANAGER.token, { personId }, "EHC plan draft.doc", WORD_97);
    expect(word.status).toBe(201);
    expect(word.body.data.document.contentType).toBe("application/msword");
    const res = await server.gql(DOCUMENTS, { personId }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.documents.map((d) => [d.name, d.attachedTo]).sort()).toEqual([
      ["EHC plan draft.doc", "PERSON"],
      ["School report.pdf", "CASE"],
      ["notes.txt", "PERSON"],
      ["photo.png", "REFERRAL"],
    ]);
    // The case's folder is its referral's: what was filed at intake is on the case too.
    const onCase = await server.gql(DOCUMENTS, { caseId: theCase.caseId }, a.OFFICER.token);
    expect(onCase.data.documents.map((d) => d.name).sort()).toEqual(["School report.pdf", "photo.png"]);
  });

  it("refuses bad files by field and stores nothing", async () => {
    const before = await stored();
    const cases: [string, Buffer, string][] = [
      ["empty.pdf", Buffer.alloc(0), "file"],
      ["invoice.pdf", EXE, "file"],
      ["setup.exe", EXE, "file"],
      ["report.txt", PDF, "file"],
      ["notes.txt", Buffer.from([0x48, 0x00, 0x49]), "file"],
      ["minutes.doc", MSI, "file"],
      ["../../etc/passwd.pdf", PDF, "name"],
      ["C:\\Users\\report.pdf", PDF, "name"],
      ["bell\u0007.pdf", PDF, "name"],
      ["", PDF, "name"],
    ];
    for (const [name, body, field] of cases) {
      const res = await upload(a.OFFICER.token, { caseId: theCase.caseId }, name, body);
      expect(res.status, name).toBe(400);
      expect(res.body.errors[0].extensions, name).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await stored()).toEqual(before);
  });

  it("refuses a file over the service's cap while reading it, and a folder that would go over its cap", async () => {
    await server.db
      .update(tables.services)
      .set({ documentFileMaxMb: 1, documentFolderMaxMb: 10 })
      .where(eq(tables.services.id, a.service.id));
    const before = await stored();
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const res = await upload(a.OFFICER.token, { caseId: theCase.caseId }, "bundle.pdf", big);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "file" });
    // Folder cap: the folder already holds something, so ten files of just under 1 MB do not all fit.
    const nearlyOneMb = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 - PDF.length - 10, 0x20)]);
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await upload(a.OFFICER.token, { caseId: theCase.caseId }, `part ${i}.pdf`, nearlyOneMb));
    const refused = answers.filter((r) => r.status === 400);
    expect(refused.length).toBe(1);
    expect(refused[0]!.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "file" });
    expect((await stored()).documents).toBe(before.documents + 9);
    // Tidy: the parts are gone from this folder so later tests have room.
    await server.db.delete(tables.documents).where(eq(tables.documents.sizeBytes, nearlyOneMb.length));
    await server.db
      .update(tables.services)
      .set({ documentFileMaxMb: 20, documentFolderMaxMb: 200 })
      .where(eq(tables.services.id, a.service.id));
  });

  it("refuses an upload without the upload header (no simple cross-site request), and anyone not signed in", async () => {
    const before = await stored();
    const noHeader = await fetch(`${base}/documents?caseId=${theCase.caseId}&name=a.txt`, {
      method: "POST",
      headers: { authorization: `Bearer ${a.OFFICER.token}`, "content-type": "text/plain" },
      body: "hello",
    });
    expect(noHeader.status).toBe(400);
    expect(((await noHeader.json()) as any).errors[0].extensions.code).toBe("BAD_REQUEST");
    const anonymous = await upload(null, { caseId: theCase.caseId }, "a.txt", Buffer.from("hello"));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(await stored()).toEqual(before);
  });

  it("refuses an officer of another case, a volunteer, steering, an administrator and another service", async () => {
    const before = await stored();
    const refusals: [string, string, number][] = [
      [otherOfficer.token, "FORBIDDEN", 403],
      [a.VOLUNTEER.token, "FORBIDDEN", 403],
      [a.STEERING.token, "FORBIDDEN", 403],
      [a.ADMIN.token, "FORBIDDEN", 403],
      [b.MANAGER.token, "NOT_FOUND", 404],
    ];
    for (const [token, code, status] of refusals) {
      for (const target of [{ caseId: theCase.caseId }, { referralId: theCase.referralId }, { personId }]) {
        const res = await upload(token, target, "a.txt", Buffer.from("hello"));
        expect([res.status, res.body.errors[0].extensions.code], `${code} ${JSON.stringify(target)}`).toEqual([status, code]);
      }
    }
    expect(await stored()).toEqual(before);
  });
});

describe("GET /documents/:id/download", () => {
  it("sends the bytes as an attachment with nosniff and no caching, and audits it", async () => {
    const listed = await server.gql(DOCUMENTS, { caseId: theCase.caseId }, a.OFFICER.token);
    const report = listed.data.documents.find((d) => d.name === "School report.pdf")!;
    const before = await audited("document.download");
    const res = await download(a.OFFICER.token, report.id);
    expect(res.status).toBe(200);
    expect(res.bytes.equals(PDF)).toBe(true);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="School report.pdf"/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await audited("document.download")).toBe(before + 1);
  });

  it("refuses everyone who may not read the record", async () => {
    const listed = await server.gql(DOCUMENTS, { caseId: theCase.caseId }, a.OFFICER.token);
    const id = listed.data.documents[0]!.id;
    const before = await audited("document.download");
    for (const [token, status] of [
      [otherOfficer.token, 403],
      [a.VOLUNTEER.token, 403],
      [a.STEERING.token, 403],
      [a.ADMIN.token, 403],
      [b.MANAGER.token, 404],
      [null, 401],
    ] as const) {
      const res = await download(token, id);
      expect(res.status).toBe(status);
      expect(res.bytes.toString()).not.toContain("%PDF");
    }
    expect((await download(a.OFFICER.token, "not-an-id")).status).toBe(400);
    expect(await audited("document.download")).toBe(before);
  });
});

describe("documents", () => {
  it("refuses steering, an administrator, an officer of another case and another service", async () => {
    for (const [token, code] of [
      [a.STEERING.token, "FORBIDDEN"],
      [a.ADMIN.token, "FORBIDDEN"],
      [otherOfficer.token, "FORBIDDEN"],
      [a.VOLUNTEER.token, "FORBIDDEN"],
      [b.MANAGER.token, "NOT_FOUND"],
    ] as const) {
      const res = await server.gql(DOCUMENTS, { caseId: theCase.caseId }, token);
      expect(res.errors?.[0]?.extensions?.code, code).toBe(code);
    }
    const none = await server.gql(DOCUMENTS, {}, a.MANAGER.token);
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "caseId" });
  });
});

describe("replacing a document", () => {
  it("adds a new version and keeps the old one, downloadable", async () => {
    const first = (await upload(a.OFFICER.token, { caseId: theCase.caseId }, "Tribunal bundle.pdf", PDF)).body.data.document;
    const v2pdf = Buffer.from(PDF.toString().replace("school report", "tribunal bundle v2"));
    const res = await upload(a.OFFICER.token, { replaces: first.id }, "Tribunal bundle (final).pdf", v2pdf);
    expect(res.status).toBe(201);
    expect(res.body.data.document).toMatchObject({
      version: 2,
      seriesId: first.seriesId,
      attachedTo: "CASE",
      name: "Tribunal bundle (final).pdf",
    });
    expect(res.body.data.document.earlierVersions).toEqual([expect.objectContaining({ id: first.id, version: 1 })]);
    expect((await download(a.OFFICER.token, first.id)).bytes.equals(PDF)).toBe(true);
    const listed = await server.gql(DOCUMENTS, { caseId: theCase.caseId }, a.OFFICER.token);
    expect(listed.data.documents.filter((d) => d.seriesId === first.seriesId)).toHaveLength(1);
    // Someone who may only read cannot replace.
    expect((await upload(otherOfficer.token, { replaces: first.id }, "x.pdf", PDF)).status).toBe(403);
  });
});

describe("voidDocument", () => {
  it("hides a voided document unless asked, keeps it for audit, and refuses bad input or readers", async () => {
    const doc = (await upload(a.OFFICER.token, { caseId: theCase.caseId }, "Wrong family.pdf", PDF)).body.data.document;
    const blank = await server.gql(VOID, { id: doc.id, input: { reason: "  " } }, a.OFFICER.token);
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    for (const token of [otherOfficer.token, a.STEERING.token, a.VOLUNTEER.token]) {
      const res = await server.gql(VOID, { id: doc.id, input: { reason: "Filed on the wrong case" } }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await server.gql(VOID, { id: doc.id, input: { reason: "x" } }, b.MANAGER.token)).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
    const res = await server.gql(VOID, { id: doc.id, input: { reason: "Filed on the wrong case" } }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.voidDocument).toMatchObject({ voidReason: "Filed on the wrong case", voidedBy: expect.stringMatching(/^Officer/) });
    const shown = await server.gql(DOCUMENTS, { caseId: theCase.caseId }, a.OFFICER.token);
    expect(shown.data.documents.map((d) => d.id)).not.toContain(doc.id);
    const all = await server.gql(DOCUMENTS, { caseId: theCase.caseId, withVoided: true }, a.OFFICER.token);
    expect(all.data.documents.find((d) => d.id === doc.id)?.voidedAt).toBeTruthy();
    expect(await audited("document.void")).toBeGreaterThan(0);
    const again = await server.gql(VOID, { id: doc.id, input: { reason: "again" } }, a.OFFICER.token);
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});

describe("erasure and subject access", () => {
  it("subject access lists the family's documents with a way to fetch each", async () => {
    const res = await server.gql(EXPORT, { id: personId }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    const data = JSON.parse(res.data.subjectAccessExport.json);
    expect(data.documents.map((d: any) => d.name)).toContain("School report.pdf");
    expect(data.documents[0].download).toMatch(/^\/documents\/[0-9a-f-]{36}\/download$/);
  });

  it("erasing the family leaves none of their documents' bytes or names in the database", async () => {
    const family = await openAcceptedCase(server, a.MANAGER.token, a.OFFICER);
    const [ref] = await server.db
      .select({ personId: tables.referrals.personId })
      .from(tables.referrals)
      .where(eq(tables.referrals.id, family.referralId));
    const pdf = Buffer.from(`%PDF-1.4\n% ${CANARY} EHC plan\n%%EOF\n`);
    expect((await upload(a.OFFICER.token, { caseId: family.caseId }, `EHC plan ${CANARY}.pdf`, pdf)).status).toBe(201);
    expect((await upload(a.OFFICER.token, { personId: ref!.personId! }, "letter.txt", Buffer.from(`Dear ${CANARY}`))).status).toBe(201);
    const hex = Buffer.from(CANARY).toString("hex");
    const before = await dumpAllRows(server);
    expect(before).toContain(CANARY);
    expect(before).toContain(hex);
    const erased = await server.gql(ERASE, { id: ref!.personId! }, a.MANAGER.token);
    expect(erased.errors).toBeUndefined();
    const after = await dumpAllRows(server);
    expect(after).not.toContain(CANARY);
    expect(after).not.toContain(hex);
    if (dbMode === "postgres") {
      const dump = pgDump((server.database as any).url);
      expect(dump).not.toContain(CANARY);
      expect(dump).not.toContain(hex);
    }
    // The rest of the service's documents are untouched.
    expect((await server.gql(DOCUMENTS, { caseId: theCase.caseId }, a.OFFICER.token)).data.documents.length).toBeGreaterThan(0);
  });
});
