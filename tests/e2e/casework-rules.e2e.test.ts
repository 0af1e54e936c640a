import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
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
  signIn,
  type Browser,
  type Width,
} from "./support/browser";
import { caseFor, createReferral, graphqlRequest, staffIds, tokenFor, triageEligible } from "./support/api";

/*
 * Casework as the service documents describe it (issue 20), as a person does it on the case page,
 * on a phone (390 px) and at a desk.
 */

const iso = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

/** A case allocated straight to Priya Shah that nobody has picked up yet. */
async function unacceptedCase(child: string, parent: string): Promise<string> {
  const manager = await tokenFor(demo.manager);
  const referral = await createReferral(manager, { channel: "EMAIL", child, parent, hoursAgo: 2 });
  await triageEligible(manager, referral.id, 2);
  const ids = await staffIds();
  const allocated = await graphqlRequest<{ allocateReferral: { caseId: string } }>(
    `mutation($r: ID!, $s: ID!) { allocateReferral(referralId: $r, staffId: $s) { caseId } }`,
    { r: referral.id, s: ids["Priya Shah"] },
    manager,
  );
  return allocated.allocateReferral.caseId;
}

/** A meeting `daysAgo` days back, its outcome recorded by the officer. */
async function pastMeeting(caseId: string, daysAgo: number, outcome: string | null) {
  const token = await tokenFor(demo.officer2);
  const booked = await graphqlRequest<{ scheduleMeeting: { id: string } }>(
    `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    {
      input: {
        caseId,
        kind: "School review",
        scheduledAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
        noticeReceivedOn: iso(-daysAgo - 20),
      },
    },
    token,
  );
  if (outcome)
    await graphqlRequest(
      `mutation($input: RecordMeetingOutcomeInput!) { recordMeetingOutcome(input: $input) { id } }`,
      { input: { meetingId: booked.scheduleMeeting.id, outcome } },
      token,
    );
  return booked.scheduleMeeting.id;
}

async function openCasePage(page: Page, caseId: string) {
  await signIn(page, demo.officer2);
  await page.goto(`${baseUrl()}/cases/${caseId}`);
  await page.getByRole("heading", { name: "Log an activity" }).waitFor();
}

describe.skipIf(!hasChromium())("casework rules on the case page", () => {
  const widths: Width[] = [PHONE, DESK];
  const browsers: Partial<Record<Width["name"], Browser>> = {};
  beforeAll(async () => {
    for (const w of widths) browsers[w.name] = await openBrowser({ viewport: w });
  });
  afterAll(async () => {
    await Promise.all(Object.values(browsers).map((b) => b?.close()));
  });

  for (const width of widths) {
    it(`a call to a school needs the family's consent first, then names the party in the timeline (${width.name})`, async () => {
      const { caseId } = await caseFor(demo.officer2, `Ellis Ward ${width.name}`, "Jess Ward");
      const page = await newPage(browsers[width.name]!);
      await openCasePage(page, caseId);

      await page.getByLabel("What was it?").selectOption("PHONE_CALL");
      await page.getByLabel(/A contact with the family/).uncheck();
      await page.getByTestId("no-consent").waitFor();
      await page.getByLabel(/^Summary/).fill("Phoned SENCo");
      await page.getByRole("button", { name: "Log activity" }).click();
      await page.locator("#activity-consent-error").waitFor();
      await expectAccessible(page, `case page, third-party call refused (${width.name})`);

      await page.getByTestId("no-consent").getByRole("button", { name: "Record the family's consent" }).click();
      await page.getByLabel("Who may we speak to?").fill("Ms Patel, SENCo");
      await page.getByLabel("Who gave it?").selectOption("PARENT_CARER");
      await page.getByLabel("What may be shared with them?").fill("The support plan and the last review's notes.");
      await page.getByRole("button", { name: "Record consent" }).click();
      const consent = page.getByTestId("consent").filter({ hasText: "Ms Patel, SENCo" });
      await consent.waitFor();
      expect(await consent.textContent()).toMatch(/by the parent or carer.*May share: The support plan/);

      await page.getByLabel("Consent relied on").selectOption({ label: "Ms Patel, SENCo" });
      await page.getByRole("button", { name: "Log activity" }).click();
      const item = page.getByTestId("timeline-item").filter({ hasText: "Phoned SENCo" });
      await item.waitFor();
      expect(await item.textContent()).toContain("With Ms Patel, SENCo");
      await expectNoSidewaysScroll(page, `case page with a third-party call (${width.name})`);
      await expectAccessible(page, `case page with a third-party call (${width.name})`);
      await page.close();
    }, 90_000);

    it(`a first call sent a minute after the case page opened, at the time the form filled in, is taken and stops the clock (${width.name})`, async () => {
      // A referral that came in just now.
      const { caseId, referralId } = await caseFor(demo.officer2, `Nell Price ${width.name}`, "Dee Price", 2, 0);
      const { referral } = await graphqlRequest<{ referral: { receivedAt: string } }>(
        `query($id: ID!) { referral(id: $id) { receivedAt } }`,
        { id: referralId },
        await tokenFor(demo.manager),
      );
      const page = await newPage(browsers[width.name]!);
      // The page's clock starts 30 s before the referral came, so the time the form fills in (to the
      // minute) is before it; the officer sends the form 65 s later. The time the form filled in
      // means "now" when sent, not the start of the minute it showed (which the server would refuse as
      // before the referral was received).
      await page.clock.install({ time: Date.parse(referral.receivedAt) - 30_000 });
      await openCasePage(page, caseId);
      await page.getByText("Logging the first one stops the response clock").waitFor();
      await page.clock.fastForward(65_000);
      await page.getByLabel("What was it?").selectOption("PHONE_CALL");
      expect(await page.getByLabel(/A contact with the family/).isChecked()).toBe(true);
      await page.getByLabel(/^Summary/).fill("Called the family back at once.");
      await page.getByRole("button", { name: "Log activity" }).click();
      await page.getByText("The response clock has stopped").waitFor();
      await page.getByTestId("timeline-item").filter({ hasText: "Called the family back at once." }).waitFor();
      await page.close();
    }, 60_000);

    it(`the officer holding the case adds key dates and sees the superseded appeal deadline (${width.name})`, async () => {
      const { caseId } = await caseFor(demo.officer2, `Rowan Hale ${width.name}`, "Tess Hale");
      const page = await newPage(browsers[width.name]!);
      await openCasePage(page, caseId);
      await page.getByText("Add a key date").click();
      const form = page.getByRole("form", { name: "Add a key date" });
      await page.getByLabel("What is the date?").selectOption("DECISION_LETTER");
      await page.getByLabel("Date", { exact: true }).fill(iso(-10));
      await page.getByRole("button", { name: "Add key date" }).click();
      await form.getByText("Decision letter added.").waitFor();
      await page.getByLabel("What is the date?").selectOption("MEDIATION_CERTIFICATE");
      await page.getByLabel("Date", { exact: true }).fill(iso(-1));
      await page.getByRole("button", { name: "Add key date" }).click();
      await form.getByText("Mediation certificate added.").waitFor();
      const superseded = page.getByTestId("key-date").filter({ hasText: "Superseded" });
      await superseded.waitFor();
      expect(await superseded.textContent()).toContain("Appeal deadline");
      expect(await page.getByTestId("key-date").filter({ hasText: "Appeal deadline" }).count()).toBe(2);
      await expectAccessible(page, `case page with a superseded appeal deadline (${width.name})`);
      await page.close();
    }, 90_000);

    it(`a case nobody picked up cannot close as outcome achieved, and closes for another reason without a code (${width.name})`, async () => {
      const caseId = await unacceptedCase(`Kai Lowe ${width.name}`, "Ann Lowe");
      const page = await newPage(browsers[width.name]!);
      await openCasePage(page, caseId);
      await page.getByText("Close the case").click();
      await page.getByLabel("Why is the case closing?").selectOption("OUTCOME_ACHIEVED");
      await page.getByRole("button", { name: "Close case…" }).click();
      await page.getByRole("button", { name: "Yes, close the case" }).click();
      await page.locator("#close-reason-error").filter({ hasText: "cannot close as outcome achieved" }).waitFor();
      await expectAccessible(page, `case page, closing refused (${width.name})`);

      await page.getByLabel("Why is the case closing?").selectOption("NO_CONTACT");
      await page.getByRole("button", { name: "Close case…" }).click();
      await page.getByRole("button", { name: "Yes, close the case" }).click();
      await page.getByText("No evaluation code was issued").waitFor();
      expect(await page.getByTestId("evaluation-token").count()).toBe(0);
      await page.close();
    }, 90_000);
  }

  for (const width of widths) {
    it(`a manager escalates a case, is refused level 4 for an untrained holder, adds a shadow and reopens a closed case (${width.name})`, async () => {
      const untrainedCase = await caseFor(demo.officer2, `Noah Pike ${width.name}`, "Liv Pike");
      const trainedCase = await caseFor(demo.officer, `Ivy Dean ${width.name}`, "Sam Dean");
      const page = await newPage(browsers[width.name]!);
      await signIn(page, demo.manager);

      await page.goto(`${baseUrl()}/cases/${untrainedCase.caseId}`);
      await page.getByText("Change the level").click();
      await page.getByLabel("New level").selectOption("4");
      await page.getByLabel("Why?").fill("Appeal lodged; tribunal ahead.");
      await page.getByRole("button", { name: "Change level" }).click();
      await page.locator("#level-new-error").filter({ hasText: "cannot hold a level 4 case" }).waitFor();
      await expectAccessible(page, `case page, escalation refused (${width.name})`);

      await page.goto(`${baseUrl()}/cases/${trainedCase.caseId}`);
      await page.getByText("Change the level").click();
      await page.getByLabel("New level").selectOption("4");
      await page.getByLabel("Why?").fill("Appeal lodged; tribunal ahead.");
      await page.getByRole("button", { name: "Change level" }).click();
      await page.getByTestId("case-changes").getByText("Level 2 → 4").waitFor();
      await page.getByText("Add a co-worker or shadow").click();
      await page.getByLabel("Who?").selectOption({ label: "Priya Shah" });
      await page.getByLabel("As", { exact: true }).selectOption("SHADOW");
      await page.getByRole("button", { name: "Add to the case" }).click();
      await page.getByTestId("case-changes").getByText("Priya Shah: shadowing").waitFor();
      await expectNoSidewaysScroll(page, `case page with joint working (${width.name})`);
      await expectAccessible(page, `case page with joint working (${width.name})`);

      await graphqlRequest(
        `mutation($input: CloseCaseInput!) { closeCase(input: $input) { evaluationToken } }`,
        { input: { caseId: untrainedCase.caseId, reason: "NO_CONTACT" } },
        await tokenFor(demo.officer2),
      );
      await page.goto(`${baseUrl()}/cases/${untrainedCase.caseId}`);
      await page.getByText("Reopen the case").click();
      await page.getByLabel("Why is it reopening?").fill("The family called back about the same school.");
      await page.getByRole("button", { name: "Reopen case" }).click();
      await page
        .getByTestId("case-changes")
        .getByText(/Reopened after closing as no contact/)
        .waitFor();
      await expectAccessible(page, `case page reopened (${width.name})`);
      await page.close();
    }, 120_000);
  }

  for (const width of widths) {
    it(`the officer records a meeting the family attended alone; a manager keeps open a case put forward for closure (${width.name})`, async () => {
      const { caseId } = await caseFor(demo.officer2, `Lily Marsh ${width.name}`, "Dee Marsh");
      await pastMeeting(caseId, 2, "MISSED_WITHOUT_NOTICE");
      await pastMeeting(caseId, 1, "MISSED_WITHOUT_NOTICE");
      await pastMeeting(caseId, 0.1, null);

      const officer = await newPage(browsers[width.name]!);
      await openCasePage(officer, caseId);
      const meeting = officer.getByTestId("meeting").filter({ hasText: "Scheduled" });
      await meeting.getByText("Record what happened").click();
      await meeting.getByLabel(/^The family attended without us/).check();
      await meeting.getByRole("button", { name: "Record outcome" }).click();
      await officer
        .getByTestId("meeting")
        .filter({ hasText: "The family attended without us" })
        .getByText(/follow-up review due/)
        .waitFor();
      await expectAccessible(officer, `case page, meeting the family attended alone (${width.name})`);
      await officer.close();

      const manager = await newPage(browsers[width.name]!);
      await signIn(manager, demo.manager);
      await manager.goto(`${baseUrl()}/cases/${caseId}`);
      const proposal = manager.getByTestId("closure-proposal");
      await proposal.waitFor();
      await expectAccessible(manager, `case page put forward for closure (${width.name})`);
      await proposal.getByLabel("Note (optional)").fill("Dad called: both missed for a hospital stay.");
      await proposal.getByRole("button", { name: "Keep it open" }).click();
      await proposal.waitFor({ state: "detached" });
      await manager.close();
    }, 120_000);
  }

  for (const width of widths) {
    it(`the officer records that a young person of 16 lacks capacity, and the parent becomes the decision-maker (${width.name})`, async () => {
      const manager = await tokenFor(demo.manager);
      const referral = await createReferral(manager, {
        channel: "EMAIL",
        child: `Theo Grey ${width.name}`,
        parent: "Ruth Grey",
        hoursAgo: 2,
        dateOfBirth: "2009-01-15",
      });
      await triageEligible(manager, referral.id, 2);
      await graphqlRequest(`mutation($r: ID!) { publishToPool(referralId: $r) { id } }`, { r: referral.id }, manager);
      const claimed = await graphqlRequest<{ claimReferral: { caseId: string } }>(
        `mutation($r: ID!) { claimReferral(referralId: $r) { caseId } }`,
        { r: referral.id },
        await tokenFor(demo.officer2),
      );
      const page = await newPage(browsers[width.name]!);
      await openCasePage(page, claimed.claimReferral.caseId);
      await page.getByText("Record mental capacity").click();
      await page.getByLabel(/^No: their parent or carer decides/).check();
      await page.getByLabel("Assessed by").fill("Dr Shah, educational psychologist");
      await page.getByRole("button", { name: "Record assessment" }).click();
      await page
        .getByRole("form", { name: "Record mental capacity" })
        .getByText(/the parent or carer makes the decisions/)
        .waitFor();
      await page.getByText(/capacity lacking \(Dr Shah/).waitFor();
      await expectAccessible(page, `case page with a capacity assessment (${width.name})`);
      await page.close();
    }, 90_000);
  }

  it("a referral an officer enters with the safeguarding flag alerts the manager at once", async () => {
    const page = await newPage(browsers.desk!);
    await signIn(page, demo.manager);
    await page.getByTestId("connection-state").filter({ hasText: "Live" }).waitFor();
    const referral = await createReferral(await tokenFor(demo.officer), {
      channel: "HELPLINE",
      child: "Zara Flint",
      parent: "Mo Flint",
      safeguarding: true,
    });
    const banner = page.getByTestId("safeguarding-banner").filter({ hasText: referral.reference });
    await banner.waitFor({ timeout: 5_000 });
    expect(await banner.textContent()).toContain("flagged when the referral was entered");
    await expectAccessible(page, "manager screen with an intake safeguarding alert");
    await banner.getByRole("button", { name: "Acknowledge" }).click();
    await banner.getByLabel("What did you decide?").fill("Called the family back the same hour.");
    await banner.getByRole("button", { name: "Record acknowledgement" }).click();
    await banner.waitFor({ state: "detached" });
    await page.close();
  }, 60_000);
});
