import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  baseUrl,
  demo,
  DESK,
  expectAccessible,
  expectNoSidewaysScroll,
  hasChromium,
  newPage,
  openBrowser,
  PHONE,
  screenshot,
  signIn,
  useWidth,
  type Browser,
} from "./support/browser";
import { bookMeeting, graphqlRequest, tokenFor, triageEligible } from "./support/api";
import { pdfText } from "../support/pdf-text";

/** A family who asked for large print, with a case claimed by the demo officer. */
async function largePrintCase(): Promise<string> {
  const manager = await tokenFor(demo.manager);
  const created = await graphqlRequest<{ createReferral: { id: string } }>(
    `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
    {
      input: {
        channel: "HELPLINE",
        source: "PARENT_CARER",
        consentToRecord: true,
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        contact: {
          fullName: "Glenys Letters",
          phone: "07700 900456",
          preferredContact: "PHONE",
          postcode: "ST1 1AA",
          accessibilityNeeds: ["LARGE_PRINT"],
        },
        child: { fullName: "Owain Letters", dateOfBirth: "2013-06-01", diagnosisStatus: "DIAGNOSED", primaryNeed: "NOT_KNOWN" },
        reasonForReferral: "Needs support preparing for an annual review.",
        keyDates: [],
      },
    },
    manager,
  );
  const id = created.createReferral.id;
  await triageEligible(manager, id, 2);
  await graphqlRequest(`mutation($r: ID!) { publishToPool(referralId: $r) { id } }`, { r: id }, manager);
  const claimed = await graphqlRequest<{ claimReferral: { id: string; caseId: string } }>(
    `mutation($r: ID!) { claimReferral(referralId: $r) { id caseId } }`,
    { r: id },
    await tokenFor(demo.officer),
  );
  return claimed.claimReferral.caseId;
}

describe.skipIf(!hasChromium())("letters", () => {
  let browser: Browser;
  let caseId: string;
  beforeAll(async () => {
    browser = await openBrowser({ viewport: { width: PHONE.width, height: PHONE.height } });
    caseId = await largePrintCase();
    await bookMeeting(demo.officer, caseId, "Annual review preparation", 10);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("an officer sends an appointment letter, which comes out in large print for this family, at 390 px", async () => {
    const page = await newPage(browser);
    await useWidth(page, PHONE);
    await signIn(page, demo.officer);
    await page.goto(`${baseUrl()}/cases/${caseId}`);
    await page.getByText("Send a letter").click();
    const form = page.getByTestId("send-letter");
    await form.getByLabel("Which letter?").selectOption("APPOINTMENT");
    await form.getByRole("button", { name: "Make the letter" }).click();
    await form.getByTestId("letter-done").filter({ hasText: "in large print" }).waitFor();
    const filed = page.getByTestId("documents-panel").getByTestId("document-item").filter({ hasText: "Appointment confirmation" });
    await filed.getByText("Large print", { exact: true }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      filed.getByRole("button", { name: /^Download Appointment confirmation/ }).click(),
    ]);
    const { readFile } = await import("node:fs/promises");
    const { text, fontSizes } = pdfText(await readFile((await download.path())!));
    expect(text).toContain("Dear Glenys Letters,");
    expect(text).toContain("Annual review preparation");
    expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(16);
    await expectNoSidewaysScroll(page, "case with a letter at 390 px");
    await expectAccessible(page, "case with the send-a-letter form");
    await screenshot(page, "62-letter-large-print-phone");
    await page.close();
  });

  it("closes the case, and the closure letter carries the evaluation code; the filed copy does not", async () => {
    const page = await newPage(browser);
    await useWidth(page, DESK);
    await signIn(page, demo.officer);
    await page.goto(`${baseUrl()}/cases/${caseId}`);
    await page.getByText("Close the case").click();
    await page.getByLabel("Why is the case closing?").selectOption("OUTCOME_ACHIEVED");
    await page.getByRole("button", { name: "Close case…" }).click();
    // The appointment is still booked: the form warns, and the officer closes anyway.
    await page.getByRole("button", { name: "Close it anyway" }).click();
    const code = (await page.getByTestId("evaluation-token").textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    const answer = page.waitForResponse((r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes("sendLetter"));
    const tab = page.context().waitForEvent("page");
    await page.getByTestId("closure-letter").click();
    const body = (await (await answer).json()) as { data: { sendLetter: { printableOnce: string; document: { id: string } } } };
    await (await tab).close();
    const printable = pdfText(Buffer.from(body.data.sendLetter.printableOnce, "base64"));
    expect(printable.text).toContain(code);
    expect(printable.text).toContain(`/evaluate#${code}`);
    expect(Math.min(...printable.fontSizes)).toBeGreaterThanOrEqual(16);
    await page.getByTestId("closure-letter-said").waitFor();
    const filedItem = page.getByTestId("documents-panel").getByTestId("document-item").filter({ hasText: "Closure letter" });
    await filedItem.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      filedItem.getByRole("button", { name: /^Download Closure letter/ }).click(),
    ]);
    const { readFile } = await import("node:fs/promises");
    const filed = pdfText(await readFile((await download.path())!));
    expect(filed.text).toContain("Dear Glenys Letters,");
    expect(filed.text).not.toContain(code);
    await expectAccessible(page, "closed case with the closure letter");
    await screenshot(page, "63-closure-letter-desk");
    await page.close();
  });
});
