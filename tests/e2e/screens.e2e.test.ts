import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
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
  signOut,
  type Browser,
  type Width,
} from "./support/browser";
import { bookMeeting, caseFor, createReferral, graphqlRequest, staffIds, tokenFor, triageEligible } from "./support/api";

/** A screen: where it is, and what shows it has finished loading. */
type Screen = { name: string; path: string; ready: (page: Page) => Promise<unknown> };

const heading = (name: string | RegExp) => (page: Page) => page.getByRole("heading", { level: 1, name }).waitFor();
const testId = (id: string) => (page: Page) => page.getByTestId(id).first().waitFor();

/** Opens every screen in turn at one width: none scrolls sideways and axe finds nothing. */
async function checkScreens(page: Page, who: string, width: Width, screens: Screen[]): Promise<void> {
  for (const screen of screens) {
    await page.goto(`${baseUrl()}${screen.path}`);
    await screen.ready(page);
    const label = `${who}: ${screen.name} at ${width.name} width (${width.width} px)`;
    await expectNoSidewaysScroll(page, label);
    await expectAccessible(page, label);
    await screenshot(page, `70-${who}-${screen.name}-${width.name}`.replace(/\s+/g, "-"));
  }
}

describe.skipIf(!hasChromium())("every screen, for every role that sees it, at a phone's width and a laptop's", () => {
  let fresh = { id: "", reference: "" };
  let triaged = { id: "", reference: "" };
  let officerCase = "";
  let ids: Record<string, string> = {};

  beforeAll(async () => {
    const manager = await tokenFor(demo.manager);
    fresh = await createReferral(manager, { channel: "HELPLINE", child: "Esme Walsh", parent: "Rosa Walsh", hoursAgo: 2 });
    triaged = await createReferral(manager, { channel: "LETTER", child: "Kai Dunn", parent: "Lee Dunn", hoursAgo: 20 });
    await triageEligible(manager, triaged.id, 3);
    officerCase = (await caseFor(demo.officer, "Mia Fox", "Jo Fox")).caseId;
    await bookMeeting(demo.officer, officerCase, "Planning meeting", 10);
    ids = await staffIds();
    await graphqlRequest(
      `mutation($input: LogComplaintInput!) { logComplaint(input: $input) { id } }`,
      { input: { kind: "COMPLAINT", what: "We waited two weeks for a call back.", fromWhom: "A parent" } },
      manager,
    );
    await graphqlRequest(
      `mutation($input: RecordSupervisionInput!) { recordSupervision(input: $input) { id } }`,
      {
        input: {
          kind: "INDIVIDUAL",
          attendeeIds: [ids["Owen Hughes"]],
          heldOn: new Date().toISOString().slice(0, 10),
          topics: ["CASEWORK", "WELLBEING"],
          notes: "Caseload reviewed.",
        },
      },
      manager,
    );
  });

  describe.each([PHONE, DESK])("at $name width", (width) => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ viewport: width });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("the pages for families and the sign-in page", async () => {
      const page = await newPage(browser);
      await checkScreens(page, "public", width, [
        { name: "sign-in", path: "/sign-in", ready: heading("Sign in") },
        {
          name: "self-referral",
          path: "/refer/demo",
          ready: async (p) => {
            await heading("Ask us for help")(p);
            await p.getByLabel("Yes, you can keep a record of my details").check();
            await p.getByRole("heading", { name: "About the child or young person" }).waitFor();
          },
        },
        { name: "evaluation", path: "/evaluate", ready: heading("Tell us how we did") },
      ]);
      await page.close();
    });

    it("a manager's screens", async () => {
      const page = await newPage(browser);
      await signIn(page, demo.manager);
      await checkScreens(page, "manager", width, [
        { name: "triage queue", path: "/triage", ready: testId("queue-row") },
        {
          name: "referral to triage",
          path: `/triage/${fresh.id}`,
          ready: (p) => p.getByRole("heading", { name: "Triage decision" }).waitFor(),
        },
        { name: "referral to allocate", path: `/triage/${triaged.id}`, ready: testId("staff-choice") },
        { name: "team", path: "/team", ready: testId("team-row") },
        { name: "team member", path: `/team/${ids["Owen Hughes"]}`, ready: testId("supervision-record") },
        { name: "overdue", path: "/overdue", ready: testId("overdue-count") },
        { name: "supervision", path: "/supervision", ready: testId("schedule-row") },
        { name: "complaints", path: "/complaints", ready: testId("complaint") },
        { name: "statistics", path: "/statistics", ready: testId("breakdown") },
        { name: "case", path: `/cases/${officerCase}`, ready: (p) => p.getByRole("heading", { name: "Timeline" }).waitFor() },
        { name: "not available", path: "/no-such-page", ready: heading("This page is not available") },
      ]);
      await page.close();
    }, 120_000);

    it("an officer's and a volunteer's screens", async () => {
      const page = await newPage(browser);
      await signIn(page, demo.officer);
      await checkScreens(page, "officer", width, [
        { name: "my allocations", path: "/allocations", ready: testId("allocation") },
        { name: "case", path: `/cases/${officerCase}`, ready: (p) => p.getByRole("heading", { name: "Log an activity" }).waitFor() },
      ]);
      await signOut(page);
      await signIn(page, demo.volunteer);
      await checkScreens(page, "volunteer", width, [
        { name: "my allocations", path: "/allocations", ready: testId("allocations-summary") },
      ]);
      await page.close();
    }, 60_000);

    it("a steering member's and an administrator's screens", async () => {
      const page = await newPage(browser);
      await signIn(page, demo.steering);
      await checkScreens(page, "steering", width, [{ name: "statistics", path: "/statistics", ready: testId("breakdown") }]);
      await signOut(page);
      await signIn(page, demo.admin);
      await checkScreens(page, "admin", width, [
        { name: "team", path: "/team", ready: testId("team-row") },
        { name: "team member", path: `/team/${ids["Priya Shah"]}`, ready: testId("member-caseload") },
      ]);
      await page.close();
    }, 60_000);
  });
});
