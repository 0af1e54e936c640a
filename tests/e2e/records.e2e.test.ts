import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DESK,
  PHONE,
  baseUrl,
  demo,
  expectAccessible,
  expectNoSidewaysScroll,
  hasChromium,
  newPage,
  openBrowser,
  screenshot,
  signIn,
  type Browser,
} from "./support/browser";
import { caseFor, createReferral, graphqlRequest, tokenFor } from "./support/api";

/*
 * Issue 19: an officer records what arrives from the dashboard — a referral (one over 25 is
 * recorded and signposted, not refused), a quick information call, and an anonymous enquiry for a
 * caller who declined to be recorded — at a phone's width and at a desk.
 */
describe.skipIf(!hasChromium())("staff intake", () => {
  describe.each([PHONE, DESK])("at $name width", (width) => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ viewport: width });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("records a young person over 25 as signposted, marking what is missing, and the officer opens it afterwards", async () => {
      const page = await newPage(browser);
      await signIn(page, demo.officer);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "New enquiry" }).click();
      await page.getByRole("heading", { level: 1, name: "New enquiry" }).waitFor();
      const checklist = page.getByTestId("minimum-data");
      expect(await checklist.getByRole("status").textContent()).toBe("12 of 12 still missing.");
      await expectAccessible(page, `intake (${width.name})`);
      await expectNoSidewaysScroll(page, `intake (${width.name})`);

      await page.getByLabel("Channel", { exact: true }).selectOption("LETTER");
      await page.getByLabel("They agreed to us recording their details").check();
      await page.getByLabel("Who is referring?").selectOption("YOUNG_PERSON");
      const name = `Morgan Reilly ${width.name}`;
      await page.getByLabel("Name of parent, carer or young person").fill(name);
      await page.getByRole("radio", { name: "Email", exact: true }).check();
      await page.getByRole("textbox", { name: "Email", exact: true }).fill(`morgan.${width.name}@example.org`);
      await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
      await page.getByLabel("Date of birth").fill("1998-04-02");
      await page.getByText(/Aged \d+: not eligible/).waitFor();
      await page.getByLabel("Reason for referral").fill("Wants help with a college place.");
      expect(await checklist.getByRole("status").textContent()).toMatch(/^6 of 12 still missing\.$/);

      await page.getByRole("button", { name: "Record the referral" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await summary.getByRole("link", { name: "Record where you signposted them" }).waitFor();
      await expectAccessible(page, `intake with a problem (${width.name})`);

      await page.getByLabel("Signposted to").fill("Adult social care; the college's learning support team.");
      await page.getByRole("button", { name: "Record the referral" }).click();
      const saved = page.getByTestId("intake-saved");
      await saved.waitFor();
      expect(await saved.textContent()).toMatch(/Status: Signposted/);
      await page.getByRole("link", { name: /^Open referral R-/ }).click();
      await page.getByRole("heading", { level: 1, name: new RegExp(name) }).waitFor();
      await page.getByText("Not eligible: signposted").waitFor();
      await expectAccessible(page, `referral as entered (${width.name})`);
      await page.close();
    });

    it("records a quick information call in one step, and counts a declined caller anonymously", async () => {
      const page = await newPage(browser);
      await signIn(page, demo.officer);
      await page.goto(`${baseUrl()}/intake`);
      await page.getByRole("radio", { name: /A quick information call/ }).check();
      await page.getByRole("heading", { name: "Quick information call" }).waitFor();
      await page.getByLabel("The caller agreed to us recording their details").check();
      await page.getByLabel("Caller's name").fill(`Dana Whitfield ${width.name}`);
      await page.getByLabel("Phone (optional)").fill("07700 900123");
      await page.getByLabel("What was it about?").selectOption("TRANSPORT");
      await page.getByLabel("Information or advice given").fill("Explained the council's home to school transport policy and appeal.");
      await page.getByLabel("Minutes spent").fill("9");
      await expectAccessible(page, `quick call (${width.name})`);
      await page.getByRole("button", { name: "Record the call" }).click();
      const saved = page.getByTestId("call-saved");
      await saved.waitFor();
      expect(await saved.textContent()).toMatch(/Reference R-[2-9A-Z]{6}, closed as information given/);

      // The next caller declines to be recorded.
      await page.getByRole("button", { name: "Count an anonymous enquiry instead" }).click();
      await page.getByRole("heading", { name: "Anonymous enquiry" }).waitFor();
      await page.getByLabel("What was it about?").selectOption("EXCLUSION");
      await page.getByRole("button", { name: "Count the enquiry" }).click();
      const counted = page.getByTestId("anonymous-saved");
      await counted.waitFor();
      expect(await counted.textContent()).toMatch(/helpline \(phone\) enquiry about exclusion\. Nothing personal was kept\./i);
      await expectAccessible(page, `anonymous enquiry (${width.name})`);
      await expectNoSidewaysScroll(page, `anonymous enquiry (${width.name})`);
      await page.close();
    });

    it("finds the family just entered by a misspelt name, and shows the officer only that a family held by someone else is known", async () => {
      const page = await newPage(browser);
      await signIn(page, demo.officer);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Find a family" }).click();
      await page.getByRole("heading", { level: 1, name: "Find a family" }).waitFor();
      await expectAccessible(page, `search (${width.name})`);
      await page.getByLabel("Name", { exact: true }).fill(`Morgn Reily ${width.name}`);
      await page.getByRole("button", { name: "Search", exact: true }).click();
      const mine = page
        .getByTestId("search-hit")
        .filter({ hasText: `Morgan Reilly ${width.name}` })
        .first();
      await mine.waitFor();
      expect(await mine.getAttribute("data-access")).toBe("FULL");
      expect(await mine.textContent()).toMatch(/Signposted/);

      // A family the manager entered and nobody holds: known to the officer, without contact details.
      const parent = `Philippa Quartermaine ${width.name}`;
      await createReferral(await tokenFor(demo.manager), { channel: "EMAIL", child: `Rory Quartermaine ${width.name}`, parent });
      await page.getByLabel("Name", { exact: true }).fill(`Philipa Quartermain ${width.name}`);
      await page.getByRole("button", { name: "Search", exact: true }).click();
      const limited = page.getByTestId("search-hit").filter({ hasText: parent }).first();
      await limited.waitFor();
      expect(await limited.getAttribute("data-access")).toBe("LIMITED");
      expect(await limited.textContent()).toMatch(/you do not hold this family/);
      expect(await limited.textContent()).not.toMatch(/07700/);
      await expectAccessible(page, `search results (${width.name})`);
      await expectNoSidewaysScroll(page, `search results (${width.name})`);

      // Safeguarding overrides confidentiality: the officer can still tell the managers at once.
      await limited.getByText("Raise a safeguarding concern about this family").click();
      const summary = `School says Rory has bruises again (${width.name})`;
      await limited.getByLabel("What is the concern?").fill(summary);
      await limited.getByRole("button", { name: "Raise concern" }).click();
      await limited.getByText("The managers have been alerted.").waitFor();
      expect(await limited.textContent()).not.toMatch(/07700/);
      await expectAccessible(page, `concern raised from search (${width.name})`);
      await screenshot(page, `search-concern-raised-${width.name}`);
      await expectNoSidewaysScroll(page, `concern raised from search (${width.name})`);
      // A manager sees it and acknowledges it (so later tests' pages carry no banner for it).
      const manager = await tokenFor(demo.manager);
      const { unacknowledgedSafeguardingConcerns: open } = await graphqlRequest<{
        unacknowledgedSafeguardingConcerns: { id: string; summary: string | null }[];
      }>(`{ unacknowledgedSafeguardingConcerns { id summary } }`, {}, manager);
      const raised = open.find((c) => c.summary === summary);
      expect(raised).toBeDefined();
      await graphqlRequest(
        `mutation($id: ID!) { acknowledgeSafeguardingConcern(id: $id, outcome: "Spoke to the school; strategy discussion booked.") { id } }`,
        { id: raised!.id },
        manager,
      );
      await page.close();
    });

    it("a parent who called three times is found by a misspelt name, merged into one record, and a wrong phone and a duplicated call corrected with their history", async () => {
      const manager = await tokenFor(demo.manager);
      const parent = `Ottoline Featherstonehaugh ${width.name}`;
      for (let i = 0; i < 3; i++)
        await createReferral(manager, { channel: "HELPLINE", child: `Wilf Featherstonehaugh ${width.name}`, parent });
      const held = await caseFor(demo.manager, `Wilf Featherstonehaugh ${width.name}`, parent);
      for (let i = 0; i < 2; i++)
        await graphqlRequest(
          `mutation($input: LogActivityInput!) { logActivity(input: $input) { id } }`,
          { input: { caseId: held.caseId, kind: "PHONE_CALL", occurredAt: new Date().toISOString(), minutes: 10, withFamily: true } },
          manager,
        );

      const page = await newPage(browser);
      await signIn(page, demo.manager);
      await page.goto(`${baseUrl()}/search`);
      await page.getByLabel("Name", { exact: true }).fill(`Otoline Featherstonhaugh ${width.name}`);
      await page.getByRole("button", { name: "Search", exact: true }).click();
      const hits = page.getByTestId("search-hit").filter({ hasText: parent });
      await hits.nth(3).waitFor();
      await hits.first().getByRole("link", { name: "Family record" }).click();
      await page.getByRole("heading", { level: 1, name: parent }).waitFor();
      const duplicates = page.getByTestId("possible-duplicates");
      await duplicates.waitFor();
      await expectAccessible(page, `family record with duplicates (${width.name})`);
      // Each merge re-renders the list; click again only once the merged record has left it.
      const mergeButtons = duplicates.getByRole("button", { name: "Merge into this record" });
      await mergeButtons.first().waitFor();
      expect(await mergeButtons.count()).toBe(3);
      for (let left = 3; left > 0; left--) {
        await mergeButtons.first().click();
        await expect.poll(() => mergeButtons.count(), { timeout: 15_000 }).toBe(left - 1);
      }
      await page.getByTestId("family-referral").nth(3).waitFor();
      expect(await page.getByTestId("family-referral").count()).toBe(4);
      expect(await page.getByTestId("family-referrals").getByText("Repeat").count()).toBe(3);

      await page.getByRole("button", { name: "Correct contact details" }).click();
      await page.getByLabel("Corrected phone").fill("07700 900111");
      await page.getByLabel("Why is it being corrected?").fill("Wrong number taken on the first call");
      await page.getByRole("button", { name: "Save correction" }).click();
      await page.getByTestId("family-phone").filter({ hasText: "07700 900111" }).waitFor();
      const phoneFix = page.getByTestId("correction").filter({ hasText: "Wrong number taken on the first call" });
      expect(await phoneFix.textContent()).toMatch(/Phone: 07700 900456 → 07700 900111/);

      expect(await page.getByTestId("family-activity").count()).toBe(2);
      await page
        .getByRole("button", { name: /^Void as entered in error: Phone call/ })
        .first()
        .click();
      await page.getByLabel("Why is it void?").fill("Logged twice");
      await page.getByRole("button", { name: "Void the entry" }).click();
      await page.getByTestId("correction").filter({ hasText: "Logged twice" }).waitFor();
      expect(await page.getByTestId("family-activity").count()).toBe(1);
      await page.getByLabel("Show entries voided as made in error").check();
      await page.locator('[data-testid="family-activity"][data-voided="true"]').waitFor();
      await expectAccessible(page, `family record with history (${width.name})`);
      await expectNoSidewaysScroll(page, `family record (${width.name})`);
      await page.close();
    });

    it("lists every case for the manager, filtered by level, and only their own for an officer", async () => {
      const page = await newPage(browser);
      await signIn(page, demo.manager);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
      await page.getByRole("heading", { level: 1, name: "Cases" }).waitFor();
      await page.getByTestId("case-row").first().waitFor();
      const all = Number((await page.getByTestId("cases-count").textContent())!.split(" ")[0]);
      await page.getByLabel("Level").selectOption("4");
      await page
        .getByTestId("cases-count")
        .filter({ hasNotText: `${all} case` })
        .waitFor();
      for (const row of await page.getByTestId("case-row").all()) expect(await row.textContent()).toMatch(/level 4/);
      await expectAccessible(page, `case list (${width.name})`);
      await expectNoSidewaysScroll(page, `case list (${width.name})`);
      await page.close();

      const officer = await newPage(browser);
      await signIn(officer, demo.officer2);
      await officer.goto(`${baseUrl()}/cases`);
      await officer.getByText("The cases you hold, newest first.").waitFor();
      await officer.getByTestId("cases-count").filter({ hasText: /case/ }).waitFor();
      for (const row of await officer.getByTestId("case-row").all()) expect(await row.textContent()).toMatch(/held by /);
      await officer.close();
    });
  });
});
