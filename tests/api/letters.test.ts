import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { openAcceptedCase, openCase, triagedReferral } from "../support/casework.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { dumpAllRows } from "../support/dump.js";
import { pdfText } from "../support/pdf-text.js";
import { graphql } from "../support/gql/index.js";

const TEMPLATES = graphql(`query LetterTemplates { letterTemplates { kind title onReferral easyRead body customised } }`);
const PREVIEW = graphql(`query LetterPreview($input: PreviewLetterInput!) { letterPreview(input: $input) { text format pdf } }`);
const RESET = graphql(`mutation ResetLetterTemplate($input: ResetLetterTemplateInput!) {
  resetLetterTemplate(input: $input) { kind easyRead body customised updatedBy }
}`);
const SAVE = graphql(`mutation SaveLetterTemplate($input: SaveLetterTemplateInput!) {
  saveLetterTemplate(input: $input) { kind easyRead body customised updatedBy }
}`);
const SEND = graphql(`mutation SendLetter($input: SendLetterInput!) {
  sendLetter(input: $input) { format printableOnce document { id name letterKind letterFormat contentType attachedTo } }
}`);
const SCHEDULE = graphql(`mutation LettersSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`);
const CLOSE = graphql(`mutation LettersClose($input: CloseCaseInput!) { closeCase(input: $input) { evaluationToken } }`);

let server: TestServer;
let base: string;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
let otherOfficer: string;
const clock = new Date("2026-11-25T10:00:00Z");

const templateCount = async () => Number((await server.db.select({ n: count() }).from(tables.letterTemplates))[0]!.n);
async function fetchPdf(token: string, id: string) {
  const res = await fetch(`${base}/documents/${id}/download`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}
async function bookMeeting(caseId: string) {
  const res = await server.gql(
    SCHEDULE,
    { input: { caseId, kind: "Annual review at Oak Primary", scheduledAt: "2026-12-09T14:30:00Z", noticeReceivedOn: "2026-11-25" } },
    a.OFFICER.token,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  base = server.url.replace(/\/graphql$/, "");
  a = await createServiceWithTeam(server, "Letters A");
  b = await createServiceWithTeam(server, "Letters B");
  const row = await createStaff(server, { serviceId: a.service.id, role: "OFFICER" });
  otherOfficer = await signIn(server, row.email);
});
afterAll(() => server?.close());

describe("saveLetterTemplate", () => {
  it("refuses an unknown placeholder by field, and anyone but a manager, storing nothing", async () => {
    const bad = await server.gql(
      SAVE,
      { input: { kind: "APPOINTMENT", easyRead: false, body: "Dear {{family.nmae}}, see you." } },
      a.MANAGER.token,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.body" });
    expect(bad.errors?.[0]?.message).toContain("{{family.nmae}}");
    const unclosed = await server.gql(
      SAVE,
      { input: { kind: "APPOINTMENT", easyRead: false, body: "Dear {{family.name}, hi" } },
      a.MANAGER.token,
    );
    expect(unclosed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.body" });
    for (const token of [a.OFFICER.token, a.STEERING.token, a.ADMIN.token]) {
      const res = await server.gql(SAVE, { input: { kind: "APPOINTMENT", easyRead: false, body: "Dear {{family.name}}" } }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await templateCount()).toBe(0);
  });

  it("saves the service's own wording, which the next letter uses; other services keep the default", async () => {
    const res = await server.gql(
      SAVE,
      {
        input: {
          kind: "SIGNPOSTING",
          easyRead: false,
          body: "Dear {{family.name}},\n\nWe suggested Family Lives for {{child.name}}.\n\n{{officer.name}}",
        },
      },
      a.MANAGER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.saveLetterTemplate).toMatchObject({ customised: true, updatedBy: expect.stringMatching(/^Manager/) });
    const mine = await server.gql(TEMPLATES, {}, a.OFFICER.token);
    expect(mine.data.letterTemplates.find((t) => t.kind === "SIGNPOSTING" && !t.easyRead)?.body).toContain("Family Lives");
    const theirs = await server.gql(TEMPLATES, {}, b.OFFICER.token);
    expect(theirs.data.letterTemplates.find((t) => t.kind === "SIGNPOSTING" && !t.easyRead)?.customised).toBe(false);
    expect((await server.gql(TEMPLATES, {}, a.STEERING.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const c = await openAcceptedCase(server, a.MANAGER.token, a.OFFICER, 2, {
      contact: { fullName: "Mrs Standard", accessibilityNeeds: [] },
    });
    const sent = await server.gql(SEND, { input: { caseId: c.caseId, kind: "SIGNPOSTING" } }, a.OFFICER.token);
    expect(sent.errors).toBeUndefined();
    expect(sent.data.sendLetter.document).toMatchObject({
      letterKind: "SIGNPOSTING",
      letterFormat: "STANDARD",
      contentType: "application/pdf",
      attachedTo: "CASE",
    });
    const { text, fontSizes } = pdfText(await fetchPdf(a.OFFICER.token, sent.data.sendLetter.document.id));
    expect(text).toContain("Dear Mrs Standard,");
    expect(text).toContain("We suggested Family Lives");
    expect(fontSizes).toEqual([12]);
  });
});

describe("resetLetterTemplate", () => {
  it("puts one wording back to the default, audited; managers only; other wordings and services keep theirs", async () => {
    const wording = (body: string, easyRead: boolean) => ({ input: { kind: "CONSENT_TO_SHARE", easyRead, body } });
    const defaults = (await server.gql(TEMPLATES, {}, a.MANAGER.token)).data.letterTemplates;
    const defaultBody = defaults.find((t) => t.kind === "CONSENT_TO_SHARE" && !t.easyRead)!.body;
    for (const [service, easyRead] of [
      [a, false],
      [a, true],
      [b, false],
    ] as const)
      expect(
        (await server.gql(SAVE, wording("Dear {{family.name}}, our own words.", easyRead), service.MANAGER.token)).errors,
      ).toBeUndefined();

    const resetInput = { input: { kind: "CONSENT_TO_SHARE", easyRead: false } };
    for (const token of [a.OFFICER.token, a.VOLUNTEER.token, a.STEERING.token, a.ADMIN.token, undefined]) {
      const refused = await server.gql(RESET, resetInput, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe(token ? "FORBIDDEN" : "UNAUTHENTICATED");
    }
    const bad = await server.gql(RESET, { input: { kind: "LOVE_LETTER", easyRead: false } }, a.MANAGER.token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.kind" });
    // Nothing changed by the refusals.
    const still = (await server.gql(TEMPLATES, {}, a.MANAGER.token)).data.letterTemplates;
    expect(still.find((t) => t.kind === "CONSENT_TO_SHARE" && !t.easyRead)?.customised).toBe(true);

    const reset = await server.gql(RESET, resetInput, a.MANAGER.token);
    expect(reset.errors).toBeUndefined();
    expect(reset.data.resetLetterTemplate).toEqual({
      kind: "CONSENT_TO_SHARE",
      easyRead: false,
      body: defaultBody,
      customised: false,
      updatedBy: null,
    });
    const after = (await server.gql(TEMPLATES, {}, a.MANAGER.token)).data.letterTemplates;
    expect(after.find((t) => t.kind === "CONSENT_TO_SHARE" && t.easyRead)?.customised).toBe(true);
    const theirs = (await server.gql(TEMPLATES, {}, b.MANAGER.token)).data.letterTemplates;
    expect(theirs.find((t) => t.kind === "CONSENT_TO_SHARE" && !t.easyRead)?.body).toBe("Dear {{family.name}}, our own words.");
    const [audited] = await server.db
      .select({ n: count() })
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, "letter.template.reset"), eq(tables.auditEvents.actorStaffId, a.MANAGER.id)));
    expect(audited!.n).toBe(1);
  });
});

describe("sendLetter", () => {
  it("confirms an appointment in large print for a family who needs it, with the meeting filled in", async () => {
    const c = await openAcceptedCase(server, a.MANAGER.token, a.OFFICER, 2, {
      contact: { fullName: "Mr Large Print", accessibilityNeeds: ["LARGE_PRINT"] },
    });
    const none = await server.gql(SEND, { input: { caseId: c.caseId, kind: "APPOINTMENT" } }, a.OFFICER.token);
    expect(none.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await bookMeeting(c.caseId);
    const sent = await server.gql(SEND, { input: { caseId: c.caseId, kind: "APPOINTMENT" } }, a.OFFICER.token);
    expect(sent.errors).toBeUndefined();
    expect(sent.data.sendLetter).toMatchObject({ format: "LARGE_PRINT", printableOnce: null });
    expect(sent.data.sendLetter.document.name).toMatch(/^Appointment confirmation 2026-11-25 \(large print\)\.pdf$/);
    const { text, fontSizes } = pdfText(await fetchPdf(a.OFFICER.token, sent.data.sendLetter.document.id));
    expect(text).toContain("Dear Mr Large Print,");
    expect(text).toContain("Annual review at Oak Primary");
    expect(text.replace(/\s+/g, " ")).toMatch(/When: Wednesday,? 9 December 2026( at|,) 14:30/);
    expect(text).toMatch(/Letters A/);
    expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(16);
    const [row] = await server.db.select().from(tables.documents).where(eq(tables.documents.id, sent.data.sendLetter.document.id));
    expect(row).toMatchObject({ letterKind: "APPOINTMENT", letterFormat: "LARGE_PRINT" });
  });

  it("uses the easy-read wording where easy read is recorded", async () => {
    const c = await openAcceptedCase(server, a.MANAGER.token, a.OFFICER, 2, {
      contact: { fullName: "Ms Easy", accessibilityNeeds: ["EASY_READ"] },
    });
    await bookMeeting(c.caseId);
    const sent = await server.gql(SEND, { input: { caseId: c.caseId, kind: "APPOINTMENT" } }, a.OFFICER.token);
    expect(sent.data.sendLetter.format).toBe("EASY_READ");
    const { text } = pdfText(await fetchPdf(a.OFFICER.token, sent.data.sendLetter.document.id));
    expect(text).toContain("We have a meeting with you.");
  });

  it("refuses an officer of another case, steering and another service, and bad input, filing nothing", async () => {
    const c = await openAcceptedCase(server, a.MANAGER.token, a.OFFICER, 2);
    const before = Number((await server.db.select({ n: count() }).from(tables.documents))[0]!.n);
    for (const [token, code] of [
      [otherOfficer, "FORBIDDEN"],
      [a.STEERING.token, "FORBIDDEN"],
      [a.VOLUNTEER.token, "FORBIDDEN"],
      [b.MANAGER.token, "NOT_FOUND"],
    ] as const) {
      const res = await server.gql(SEND, { input: { caseId: c.caseId, kind: "CONSENT_TO_SHARE" } }, token);
      expect(res.errors?.[0]?.extensions?.code, code).toBe(code);
    }
    const badKind = await server.gql(SEND, { input: { caseId: c.caseId, kind: "RANSOM_NOTE" } }, a.OFFICER.token);
    expect(badKind.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.kind" });
    const code = await server.gql(
      SEND,
      { input: { caseId: c.caseId, kind: "CONSENT_TO_SHARE", evaluationCode: "ABCDABCDABCDABCD" } },
      a.OFFICER.token,
    );
    expect(code.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.evaluationCode" });
    const early = await server.gql(
      SEND,
      { input: { caseId: c.caseId, kind: "CLOSURE", evaluationCode: "ABCDABCDABCDABCD" } },
      a.OFFICER.token,
    );
    expect(early.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(Number((await server.db.select({ n: count() }).from(tables.documents))[0]!.n)).toBe(before);
  });

  it("gives the closure letter with the evaluation code and link once, and files a copy without the code", async () => {
    const c = await openAcceptedCase(server, a.MANAGER.token, a.OFFICER, 2, {
      contact: { fullName: "Mrs Closure", accessibilityNeeds: [] },
    });
    const closed = await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "OUTCOME_ACHIEVED" } }, a.OFFICER.token);
    const token = closed.data.closeCase.evaluationToken!;
    expect(token).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const missing = await server.gql(SEND, { input: { caseId: c.caseId, kind: "CLOSURE" } }, a.OFFICER.token);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.evaluationCode" });
    const sent = await server.gql(SEND, { input: { caseId: c.caseId, kind: "CLOSURE", evaluationCode: token } }, a.OFFICER.token);
    expect(sent.errors).toBeUndefined();
    const formatted = token;
    const printable = pdfText(Buffer.from(sent.data.sendLetter.printableOnce!, "base64")).text;
    expect(printable).toContain("Dear Mrs Closure,");
    expect(printable).toContain(formatted);
    expect(printable).toContain(`/evaluate#${formatted}`);
    const filed = pdfText(await fetchPdf(a.OFFICER.token, sent.data.sendLetter.document.id)).text;
    expect(filed).toContain("Dear Mrs Closure,");
    expect(filed).not.toContain(formatted);
    expect(filed).toContain("not kept");
    // Nothing kept anywhere links the code to the family (decisions 005, 029).
    const dump = await dumpAllRows(server);
    expect(dump).not.toContain(token.replace(/-/g, ""));
    expect(dump).not.toContain(formatted);
    expect(dump).not.toContain(Buffer.from(formatted).toString("hex"));
  });
});

describe("letterPreview", () => {
  it("fills the wording being edited with sample values, as text and as PDF at the size asked for; managers only; keeps nothing", async () => {
    const before = await templateCount();
    const body = "Dear {{family.name}},\n\nWe will call you by {{referral.respondBy}}.\n\n{{officer.name}}";
    const res = await server.gql(PREVIEW, { input: { kind: "ACKNOWLEDGEMENT", easyRead: false, largePrint: true, body } }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.letterPreview.format).toBe("LARGE_PRINT");
    expect(res.data.letterPreview.text).toContain("Dear Ms Sample Parent,");
    expect(res.data.letterPreview.text).not.toContain("{{");
    const pdf = pdfText(Buffer.from(res.data.letterPreview.pdf, "base64"));
    expect(pdf.text).toContain("Dear Ms Sample Parent,");
    expect(Math.min(...pdf.fontSizes)).toBeGreaterThanOrEqual(16);
    const easy = await server.gql(
      PREVIEW,
      { input: { kind: "SIGNPOSTING", easyRead: true, body: "Hello {{child.name}}" } },
      a.MANAGER.token,
    );
    expect(easy.data.letterPreview.format).toBe("EASY_READ");

    const bad = await server.gql(PREVIEW, { input: { kind: "CLOSURE", easyRead: false, body: "Dear {{family.nmae}}" } }, a.MANAGER.token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.body" });
    expect(bad.errors?.[0]?.message).toContain("{{family.nmae}}");
    const badKind = await server.gql(PREVIEW, { input: { kind: "RANSOM_NOTE", easyRead: false, body: "Hi" } }, a.MANAGER.token);
    expect(badKind.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.kind" });
    for (const token of [a.OFFICER.token, a.VOLUNTEER.token, a.STEERING.token, a.ADMIN.token]) {
      const res = await server.gql(PREVIEW, { input: { kind: "CLOSURE", easyRead: false, body } }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await server.gql(PREVIEW, { input: { kind: "CLOSURE", easyRead: false, body } })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    expect(await templateCount()).toBe(before);
  });
});

describe("sendLetter on a referral, before a case", () => {
  const documentCount = async () => Number((await server.db.select({ n: count() }).from(tables.documents))[0]!.n);

  it("lists which kinds go on a referral, and files an acknowledgement with the response date in the referral's documents", async () => {
    const templates = await server.gql(TEMPLATES, {}, a.OFFICER.token);
    const onReferral = new Set(templates.data.letterTemplates.filter((t) => t.onReferral).map((t) => t.kind));
    expect([...onReferral].sort()).toEqual(["ACKNOWLEDGEMENT", "CONSENT_TO_SHARE", "SIGNPOSTING"]);
    expect(templates.data.letterTemplates.find((t) => t.kind === "ACKNOWLEDGEMENT")?.title).toBe("Acknowledgement letter");

    const created = await server.gql(
      CREATE,
      { input: createReferralInput({ contact: { fullName: "Mrs Not Yet Allocated", accessibilityNeeds: ["EASY_READ"] } }) },
      a.MANAGER.token,
    );
    const referral = created.data.createReferral;
    const sent = await server.gql(SEND, { input: { referralId: referral.id, kind: "ACKNOWLEDGEMENT" } }, a.MANAGER.token);
    expect(sent.errors).toBeUndefined();
    expect(sent.data.sendLetter).toMatchObject({ format: "EASY_READ", printableOnce: null });
    expect(sent.data.sendLetter.document).toMatchObject({ letterKind: "ACKNOWLEDGEMENT", attachedTo: "REFERRAL" });
    expect(sent.data.sendLetter.document.name).toBe("Acknowledgement letter 2026-11-25 (easy read).pdf");
    const [row] = await server.db.select().from(tables.documents).where(eq(tables.documents.id, sent.data.sendLetter.document.id));
    expect(row).toMatchObject({ referralId: referral.id, caseId: null, letterFormat: "EASY_READ" });
    const { text } = pdfText(await fetchPdf(a.MANAGER.token, sent.data.sendLetter.document.id));
    expect(text).toContain("Dear Mrs Not Yet Allocated,");
    const respondBy = new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeZone: "Europe/London" }).format(
      new Date(referral.responseTargetAt),
    );
    expect(text).toContain(`We will contact you by ${respondBy}.`);
    expect(text).toContain(referral.reference);
  });

  it("lets the officer who entered a referral signpost the family from it", async () => {
    const created = await server.gql(CREATE, { input: createReferralInput({ contact: { fullName: "Mr Signposted" } }) }, otherOfficer);
    expect(created.errors).toBeUndefined();
    const sent = await server.gql(SEND, { input: { referralId: created.data.createReferral.id, kind: "SIGNPOSTING" } }, otherOfficer);
    expect(sent.errors).toBeUndefined();
    expect(sent.data.sendLetter.document.attachedTo).toBe("REFERRAL");
    expect(pdfText(await fetchPdf(otherOfficer, sent.data.sendLetter.document.id)).text).toContain("Dear Mr Signposted,");
  });

  it("refuses steering, a volunteer, an officer of another case, another service and anonymous callers, kinds made on a case, and bad ids, filing nothing", async () => {
    const pending = await triagedReferral(server, a.MANAGER.token, 2);
    const held = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const before = await documentCount();
    for (const [referralId, token, code] of [
      [pending.id, a.STEERING.token, "FORBIDDEN"],
      [pending.id, a.VOLUNTEER.token, "FORBIDDEN"],
      [pending.id, a.OFFICER.token, "FORBIDDEN"],
      [held.referralId, otherOfficer, "FORBIDDEN"],
      [pending.id, b.MANAGER.token, "NOT_FOUND"],
      [pending.id, undefined, "UNAUTHENTICATED"],
    ] as const) {
      const res = await server.gql(SEND, { input: { referralId, kind: "SIGNPOSTING" } }, token);
      expect(res.errors?.[0]?.extensions?.code, `${code} ${referralId === held.referralId ? "held" : "pending"}`).toBe(code);
    }
    for (const kind of ["APPOINTMENT", "CLOSURE"]) {
      const res = await server.gql(SEND, { input: { referralId: pending.id, kind } }, a.MANAGER.token);
      expect(res.errors?.[0]?.extensions, kind).toMatchObject({ code: "BAD_USER_INPUT", field: "input.kind" });
    }
    const both = await server.gql(
      SEND,
      { input: { referralId: held.referralId, caseId: held.caseId, kind: "SIGNPOSTING" } },
      a.MANAGER.token,
    );
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseId" });
    const neither = await server.gql(SEND, { input: { kind: "SIGNPOSTING" } }, a.MANAGER.token);
    expect(neither.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseId" });
    const notAnId = await server.gql(SEND, { input: { referralId: "not-an-id", kind: "SIGNPOSTING" } }, a.MANAGER.token);
    expect(notAnId.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.referralId" });
    const code = await server.gql(
      SEND,
      { input: { referralId: pending.id, kind: "SIGNPOSTING", evaluationCode: "ABCDABCDABCDABCD" } },
      a.MANAGER.token,
    );
    expect(code.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.evaluationCode" });
    expect(await documentCount()).toBe(before);
    // The officer who holds the case reads its referral, so may send from it too.
    const holder = await server.gql(SEND, { input: { referralId: held.referralId, kind: "CONSENT_TO_SHARE" } }, a.OFFICER.token);
    expect(holder.errors).toBeUndefined();
  });
});
