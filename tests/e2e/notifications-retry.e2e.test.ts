import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, openDatabase, seedDemo } from "server";
import {
  demo,
  DEMO_PASSWORD,
  DESK,
  expectAccessible,
  expectNoSidewaysScroll,
  hasChromium,
  newPage,
  openBrowser,
  PHONE,
  screenshot,
  signIn,
  type Browser,
} from "./support/browser";
import { startTestServer, type TestServer } from "../support/server";
import { startSmtpServer } from "../support/smtp";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dashboard/dist");

/**
 * The administrators' Email delivery screen against a real mail server (decision 040): this file runs
 * its own API, over its own demo service, with SMTP on (the shared API runs with notifications off).
 * The mail server refuses the manager's address first, so a safeguarding email waits in its retry
 * state; "Retry now" sends it as soon as the server accepts again, long before the next scheduled try.
 */
describe.skipIf(!hasChromium())("email delivery: a refused email is retried from the screen", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let server: TestServer;
  let base: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    smtp.refuse(demo.manager);
    server = await startTestServer({
      env: {
        SMTP_URL: smtp.url,
        SMTP_FROM: "SENDIASS <no-reply@sendiass.example.test>",
        NOTIFY_POLL_MS: "200",
        SMTP_TIMEOUT_MS: "3000",
        DASHBOARD_DIST: dist,
      },
      open: async () => {
        const database = await openDatabase({ dataDir: "memory://" });
        await migrate(database);
        await seedDemo({ db: database.db });
        return { database, dispose: () => database.close() };
      },
    });
    base = server.url.replace(/\/graphql$/, "");
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  /** A referral entered with a safeguarding flag: every manager is emailed its reference at once. */
  async function concernRaised(): Promise<string> {
    const login = await server.gqlUnchecked(
      "mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }",
      { email: demo.manager, password: DEMO_PASSWORD },
    );
    const token = (login.data as { login: { token: string } }).login.token;
    const created = await server.gqlUnchecked(
      `mutation($input: CreateReferralInput!) { createReferral(input: $input) { reference } }`,
      {
        input: {
          channel: "HELPLINE",
          source: "PARENT_CARER",
          consentToRecord: true,
          receivedAt: new Date().toISOString(),
          safeguardingFlag: true,
          contact: { fullName: "Rhian Retry", phone: "07700 900456", preferredContact: "PHONE", postcode: "ST1 1AA" },
          child: { fullName: "Iolo Retry", dateOfBirth: "2014-02-03", diagnosisStatus: "DIAGNOSED", primaryNeed: "NOT_KNOWN" },
          reasonForReferral: "Needs advice about support at school.",
          keyDates: [],
        },
      },
      token,
    );
    expect(created.errors).toBeUndefined();
    return (created.data as { createReferral: { reference: string } }).createReferral.reference;
  }

  describe.each([PHONE, DESK])("at $name width", (width) => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ viewport: width });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("shows the refused email retrying with its error, and 'Retry now' sends it", async () => {
      smtp.refuse(demo.manager);
      const before = smtp.to(demo.manager).length;
      const reference = await concernRaised();
      const page = await newPage(browser);
      await signIn(page, demo.admin, base);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Email delivery" }).click();
      await page.getByTestId("notification-status").filter({ hasText: "Email notifications are on." }).waitFor();
      const entry = page
        .getByRole("list", { name: "Emails, unsent first" })
        .getByRole("listitem")
        .filter({ hasText: reference })
        .filter({ hasText: "Safeguarding" });
      // The worker tries within its poll and the server says 550: reload until the screen shows it.
      for (let i = 0; i < 40 && !(await entry.getByText("Last error:").count()); i++) {
        await page.waitForTimeout(250);
        await page.reload();
        await entry.first().waitFor();
      }
      await entry.getByText("Retrying", { exact: true }).waitFor();
      await entry.getByText(/Last error: .*550/).waitFor();
      await entry.getByText(/1 attempt · next try/).waitFor();
      expect(smtp.to(demo.manager).length).toBe(before);
      await expectNoSidewaysScroll(page, `email delivery with a retrying email at ${width.name}`);
      await expectAccessible(page, `email delivery with a retrying email at ${width.name}`);
      await screenshot(page, `notification-retrying-${width.name}`);

      // The mail server takes it now; the next scheduled try is a minute away, so only the button can send it in time.
      smtp.accept(demo.manager);
      await entry.getByRole("button", { name: "Retry now" }).click();
      const [mail] = (await smtp.waitFor(demo.manager, before + 1, 10_000)).slice(before);
      expect(mail!.text).toContain(reference);
      expect(mail!.text).not.toContain("Rhian Retry");
      // No reload: while an email is due within the minute the list refreshes every 2 s by itself.
      await entry.getByText("Sent", { exact: true }).waitFor({ timeout: 8_000 });
      expect(await entry.getByRole("button", { name: "Retry now" }).count()).toBe(0);
      await expectAccessible(page, `email delivery after a retry at ${width.name}`);
      await page.close();
    }, 90_000);
  });
});
