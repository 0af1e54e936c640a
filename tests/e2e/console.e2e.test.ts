import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  baseUrl,
  demo,
  DESK,
  DEMO_PASSWORD,
  expectAccessible,
  hasChromium,
  newPage,
  openBrowser,
  PHONE,
  screenshot,
  signIn,
  signOut,
  type Browser,
} from "./support/browser";
import { ARTIFACTS } from "./support/paths";
import { bookMeeting, caseFor, createReferral, graphqlRequest, staffIds, tokenFor, triageEligible } from "./support/api";

/** The text the shell's polite live region last announced. */
const announced = (page: Page) => page.getByTestId("announcer").textContent();

/** The focused element: its tag, text and type, to say where keyboard focus went. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? "",
      text: el?.textContent?.trim() ?? "",
      type: (el as HTMLInputElement | null)?.type ?? "",
      id: el?.id ?? "",
    };
  });

/** Whether an element is wholly inside the window, so a person sees it without scrolling. */
async function inView(page: Page, selector: ReturnType<Page["locator"]>): Promise<boolean> {
  const box = await selector.boundingBox();
  const size = page.viewportSize()!;
  return Boolean(box && box.y >= 0 && box.y + box.height <= size.height);
}

/** Every row's value of one attribute or part, for checks across the whole list. */
const rowTexts = (page: Page, part: string) => page.locator(`[data-testid="queue-row"] ${part}`).allTextContents();

describe.skipIf(!hasChromium())("the triage queue as a console", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ viewport: DESK });
    const token = await tokenFor(demo.manager);
    await createReferral(token, { channel: "ANSWERPHONE", child: "Nadia Quinn", parent: "Sara Quinn", hoursAgo: 30 });
    await createReferral(token, { channel: "EMAIL", child: "Noor Rahman", parent: "Ali Rahman", hoursAgo: 2, safeguarding: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("filters by status, channel, overdue and safeguarding through the API, and by a search among the referrals loaded", async () => {
    const page = await newPage(browser);
    await signIn(page, demo.manager);
    await page.getByTestId("queue-row").first().waitFor();
    const everything = await page.getByTestId("queue-row").count();

    await page.getByLabel("Show", { exact: true }).selectOption("NEW");
    await page.waitForFunction(() => [...document.querySelectorAll(".queue-status")].every((s) => s.textContent?.includes("New")));
    expect(new URL(page.url()).search).toBe("?show=NEW");
    expect((await rowTexts(page, ".queue-status")).every((t) => t.includes("New"))).toBe(true);
    expect(await page.getByTestId("queue-count").textContent()).toMatch(/\d+ referrals? match/);

    await page.getByLabel("Channel", { exact: true }).selectOption("ANSWERPHONE");
    await page.locator('[data-testid="queue-row"]').filter({ hasText: "Nadia Quinn" }).waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll(".queue-channel")].every((s) => s.textContent?.includes("Answerphone")));

    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByLabel("Overdue", { exact: true }).check();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="countdown"]')].every((c) => /passed/.test(c.textContent ?? "")),
    );
    expect(new URL(page.url()).search).toBe("?overdue=1");

    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByLabel("Safeguarding", { exact: true }).check();
    await page.locator('[data-testid="queue-row"]').filter({ hasText: "Noor Rahman" }).waitFor();
    // The last list stays on screen while the filtered one loads; wait for the API's answer.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="queue-row"]')].every((r) => r.textContent?.includes("Safeguarding")),
    );
    // Safeguarding is the API's filter: the count is the service's, not "of the loaded".
    expect(await page.getByTestId("queue-count").textContent()).toMatch(/\d+ referrals? match/);
    expect(await page.getByTestId("queue-shown").count()).toBe(0);
    expect(new URL(page.url()).search).toBe("?safeguarding=1");

    await page.getByLabel("Safeguarding", { exact: true }).uncheck();
    await page.getByLabel("Search", { exact: true }).fill("quinn");
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="queue-row"]').length === 1);
    expect(await page.getByTestId("queue-row").textContent()).toContain("Nadia Quinn");
    await expectAccessible(page, "filtered queue");
    await screenshot(page, "80-queue-searched");

    // A reload keeps what the manager asked for.
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="queue-row"]').length === 1);
    expect(await page.getByLabel("Search", { exact: true }).inputValue()).toBe("quinn");
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="queue-row"]').length === n, everything);
    await page.close();
  });

  it("shows many referrals on a laptop screen at once", async () => {
    const page = await newPage(browser);
    await signIn(page, demo.manager);
    await page.getByTestId("queue-row").first().waitFor();
    // How many rows a laptop's window holds: rows are dense (was three at 1366 × 768 before issue 21).
    // Measured by row height, not rows below the banners: safeguarding concerns other tests leave
    // unacknowledged stack above the queue (noted on issue 21).
    const fits = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('[data-testid="queue-row"]')].slice(0, 5);
      const tallest = Math.max(...rows.map((r) => r.getBoundingClientRect().height));
      return Math.floor(innerHeight / tallest);
    });
    expect(fits).toBeGreaterThanOrEqual(6);
    await page.close();
  });

  it("moves with j and k, opens with Enter, searches with /, lists the shortcuts with ?, never acts while typing, and can be turned off", async () => {
    const page = await newPage(browser);
    await signIn(page, demo.manager);
    await page.getByTestId("queue-row").first().waitFor();
    const links = page.locator('[data-testid="queue-row"] .row-link');
    const [first, second] = [(await links.nth(0).textContent())!, (await links.nth(1).textContent())!];

    await page.getByText("Keyboard shortcuts").waitFor();
    await page.keyboard.press("/");
    expect((await focused(page)).id).toBe("queue-search");
    await page.keyboard.type("j");
    expect(await page.getByLabel("Search", { exact: true }).inputValue()).toBe("j");
    expect((await focused(page)).id).toBe("queue-search");
    await page.keyboard.press("Escape");
    expect(await page.getByLabel("Search", { exact: true }).inputValue()).toBe("");
    await page.getByRole("heading", { level: 1 }).click();

    await page.keyboard.press("j");
    expect((await focused(page)).text).toBe(first);
    await page.keyboard.press("j");
    expect((await focused(page)).text).toBe(second);
    await page.keyboard.press("k");
    expect((await focused(page)).text).toBe(first);
    await page.keyboard.press("ArrowDown");
    expect((await focused(page)).text).toBe(second);

    await page.keyboard.press("?");
    await page.getByText("Next referral").waitFor();
    await expectAccessible(page, "queue with the shortcut list open");
    await screenshot(page, "81-queue-shortcuts");

    await links.nth(1).focus();
    await page.keyboard.press("Enter");
    await page
      .getByRole("heading", { level: 2, name: /Triage decision|Priority/ })
      .first()
      .waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/triage\/.+/);
    await page.goBack();
    await links.first().waitFor();

    await page.keyboard.press("?");
    await page.getByLabel("Use single-key shortcuts").uncheck();
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("j");
    expect((await focused(page)).tag).not.toBe("A");
    await page.getByText("Keyboard shortcuts (off)").waitFor();
    await page.getByLabel("Use single-key shortcuts").check();
    await page.keyboard.press("j");
    expect((await focused(page)).tag).toBe("A");
    await page.close();
  });

  it("marks a referral that arrives below the fold calmly, announces it politely, and goes to it", async () => {
    const phone = await openBrowser({ viewport: PHONE });
    const page = await newPage(phone);
    await signIn(page, demo.manager);
    await page.getByTestId("queue-row").first().waitFor();
    await page.getByTestId("connection-state").filter({ hasText: "Live" }).waitFor();

    // No priority criteria and the latest response maximum: it sorts last, far below a phone's fold.
    const arrived = await createReferral(await tokenFor(demo.manager), { channel: "IN_PERSON", child: "Ivy Moss", parent: "Tom Moss" });
    const cue = page.getByTestId("new-arrival-cue");
    await cue.filter({ hasText: "Ivy Moss" }).waitFor({ timeout: 3_000 });
    const row = page.locator(`[data-testid="queue-row"][data-reference="${arrived.reference}"]`);
    expect(await inView(page, row)).toBe(false);
    expect(await inView(page, cue)).toBe(true);
    await page.waitForFunction((ref) => document.querySelector('[data-testid="announcer"]')?.textContent?.includes(ref), arrived.reference);
    expect(await announced(page)).toContain("Ivy Moss");
    await expectAccessible(page, "queue with a new arrival below the fold");
    await screenshot(page, "82-queue-new-arrival-cue-phone");

    await cue.getByRole("button", { name: /Show it/ }).click();
    expect((await focused(page)).text).toBe("Ivy Moss");
    expect(await inView(page, row)).toBe(true);
    await cue.waitFor({ state: "detached" });
    await phone.close();
  });
});

describe.skipIf(!hasChromium())("triage then allocation, in one place", () => {
  describe.each([PHONE, DESK])("at $name width", (width) => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ viewport: width });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("after Save the confirmation and the allocation panel are on screen together and focus is on the first person who can take it; after Allocate focus is on the way back", async () => {
      const referral = await createReferral(await tokenFor(demo.manager), {
        channel: "HELPLINE",
        child: width.name === "phone" ? "Ada Byrne" : "Ben Byrne",
        parent: "Cara Byrne",
        hoursAgo: 1,
      });
      const page = await newPage(browser);
      await signIn(page, demo.manager);
      await page.goto(`${baseUrl()}/triage/${referral.id}`);
      await page.getByLabel("Eligible", { exact: true }).check();
      await page.getByLabel(/Level 2: advice/).check();
      await page.getByRole("button", { name: "Save triage decision" }).click();
      const done = page.getByTestId("referral-done");
      await done.getByText("Triage decision saved").waitFor();
      await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === "radio");
      const radio = await focused(page);
      expect(radio.type).toBe("radio");
      expect(await inView(page, done)).toBe(true);
      expect(await inView(page, page.locator(":focus"))).toBe(true);
      expect(await done.getAttribute("role")).toBe("status");
      await expectAccessible(page, `referral after Save at ${width.name} width`);
      await screenshot(page, `83-referral-saved-${width.name}`);

      await page.keyboard.press("Space");
      await page.getByRole("button", { name: "Allocate", exact: true }).click();
      await page.getByTestId("allocation-status").waitFor();
      await page.waitForFunction(() => document.activeElement?.textContent === "Back to the triage queue");
      await done.getByText(/^Allocated to/).waitFor();
      expect(await inView(page, page.getByTestId("next-in-queue"))).toBe(true);
      await screenshot(page, `84-referral-allocated-${width.name}`);
      await page.close();
    });
  });
});

/** Most urgent first: the order the overdue screen promises. */
const URGENCY = [
  "SAFEGUARDING_NOT_ACKNOWLEDGED",
  "RESPONSE_MAXIMUM_BREACHED",
  "KEY_DATE_APPROACHING",
  "RESPONSE_TARGET_REACHED",
  "ALLOCATION_NOT_ACCEPTED",
  "COMPLAINT_RESPONSE_DUE",
  "MEETING_FOLLOW_UP_DUE",
  "CONSENT_REVIEW_DUE",
  "DBS_RENEWAL_DUE",
  "TRAINING_EXPIRED",
  "CASE_INACTIVE",
  "SUPERVISION_DUE",
];

/**
 * Reloads until `check` holds, each time once `ready` shows the list has loaded: overdue items are
 * raised by the engine within about 15 seconds.
 */
async function eventually(page: Page, ready: () => Promise<unknown>, check: () => Promise<boolean>, timeout = 60_000): Promise<void> {
  const until = Date.now() + timeout;
  await ready();
  while (!(await check())) {
    if (Date.now() > until) throw new Error("gave up waiting");
    await page.waitForTimeout(2_000);
    await page.reload();
    await ready();
  }
}

describe.skipIf(!hasChromium())("lists that say who, what and how long", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ viewport: DESK });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Overdue has one row per duty with its owner, most urgent first, and a date still to come reads as one", async () => {
    const late = await createReferral(await tokenFor(demo.manager), {
      channel: "HELPLINE",
      child: "Leo Marsh",
      parent: "Ann Marsh",
      // A week back: its maximum (2 working days) has passed whatever the day and hour the test runs.
      // (80 hours back, run on a Sunday after 16:00, started the clock on Thursday after opening and
      // put the maximum on Monday.)
      hoursAgo: 7 * 24,
      keyDate: { kind: "TRIBUNAL", inDays: 5 },
    });
    const page = await newPage(browser);
    await signIn(page, demo.manager);
    await page.goto(`${baseUrl()}/overdue`);
    const rows = page.getByTestId("overdue-row").filter({ hasText: late.reference });
    const lateKinds = async () => (await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")))).sort();
    // The engine may raise the target before the maximum (a sweep apart): wait for the maximum's row,
    // not just for two rows.
    await eventually(
      page,
      () => page.getByTestId("overdue-count").waitFor(),
      async () => (await lateKinds()).includes("RESPONSE_MAXIMUM_BREACHED"),
    );

    // Its response target and maximum are one row (the maximum), beside the tribunal still to come.
    expect(await lateKinds()).toEqual(["KEY_DATE_APPROACHING", "RESPONSE_MAXIMUM_BREACHED"]);
    const maximum = rows.filter({ hasText: "Response maximum" });
    expect(await maximum.textContent()).toContain("The response target passed too");
    expect(await maximum.textContent()).toContain("Managers (not allocated yet)");
    const tribunal = rows.filter({ hasText: "Tribunal on" });
    const when = (await tribunal.getByTestId("overdue-when").textContent()) ?? "";
    expect(when).toMatch(/^in [4-6] days/);
    expect(when).not.toMatch(/ago|overdue/);

    const kinds = await page.getByTestId("overdue-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")!));
    const ranks = kinds.map((k) => URGENCY.indexOf(k));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const allRows = await page.getByTestId("overdue-row").evaluateAll((els) => els.map((e) => e.textContent ?? ""));
    for (const reference of new Set(allRows.map((t) => t.match(/R-[A-Z0-9]+/)?.[0]).filter(Boolean))) {
      const forIt = kinds.filter((_, i) => allRows[i]!.includes(reference!));
      expect(forIt.filter((k) => k === "RESPONSE_TARGET_REACHED" || k === "RESPONSE_MAXIMUM_BREACHED").length).toBeLessThanOrEqual(1);
    }
    await expectAccessible(page, "overdue");
    await screenshot(page, "85-overdue-duties");
    await page.close();
  }, 90_000);

  it("an officer's cases say what is overdue on each and how long is left, and the pool how long until each response is due", async () => {
    const manager = await tokenFor(demo.manager);
    const held = await createReferral(manager, {
      channel: "EMAIL",
      child: "Zac Hale",
      parent: "Mo Hale",
      hoursAgo: 1,
      primaryNeed: "COMMUNICATION_INTERACTION",
    });
    await triageEligible(manager, held.id, 2);
    const ids = await staffIds();
    await graphqlRequest(
      `mutation($r: ID!, $s: ID!) { allocateReferral(referralId: $r, staffId: $s) { id } }`,
      { r: held.id, s: ids["Owen Hughes"] },
      manager,
    );
    const fresh = await createReferral(manager, { channel: "HELPLINE", child: "Ivy Moss", parent: "Jo Moss", hoursAgo: 0 });
    await triageEligible(manager, fresh.id, 1);
    await graphqlRequest(
      `mutation($r: ID!, $s: ID!) { allocateReferral(referralId: $r, staffId: $s) { id } }`,
      { r: fresh.id, s: ids["Owen Hughes"] },
      manager,
    );
    const on = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await graphqlRequest(
      `mutation($r: ID!, $input: KeyDateInput!) { addKeyDate(referralId: $r, input: $input) { id } }`,
      { r: held.id, input: { kind: "EXCLUSION_HEARING", on } },
      manager,
    );
    const waiting = await createReferral(manager, {
      channel: "LETTER",
      child: "Una Kerr",
      parent: "Bea Kerr",
      // A week: any seven days in England hold at least three working days, so the one-day target
      // has passed whatever the weekday or bank holidays (70 hours failed on a Monday morning).
      hoursAgo: 7 * 24,
      primaryNeed: "SENSORY_PHYSICAL",
    });
    await triageEligible(manager, waiting.id, 1);
    await graphqlRequest(`mutation($r: ID!) { publishToPool(referralId: $r) { id } }`, { r: waiting.id }, manager);

    const page = await newPage(browser);
    await signIn(page, demo.officer);
    const mine = page.locator(`[data-testid="allocation"][data-reference="${held.reference}"]`);
    await eventually(
      page,
      () => page.getByTestId("allocations-summary").waitFor(),
      async () => (await mine.getByTestId("allocation-due").count()) > 0,
    );
    expect(await mine.getByTestId("allocation-due").textContent()).toMatch(/Key date approaching: in [2-4] days/);
    expect(await mine.textContent()).toContain("Level 2: advice");
    // Whose case it is, without a name on a screen read in a waiting room: initials and the need.
    expect(await mine.getByTestId("allocation-child").textContent()).toBe("child Z H");
    expect(await mine.textContent()).toContain("Communication and interaction");
    // A case with nothing overdue yet still says how long is left to make first contact.
    const clock = page.locator(`[data-testid="allocation"][data-reference="${fresh.reference}"]`).getByTestId("allocation-clock");
    expect(await clock.textContent()).toMatch(/^Respond within \d+ (min|h|days) \(target /);
    const pooled = page.locator(`[data-testid="pool-row"][data-reference="${waiting.reference}"]`);
    expect(await pooled.textContent()).toContain("Sensory and/or physical");
    expect(await pooled.textContent()).not.toContain("Una Kerr");
    // Received a week ago: past the one-day target and, with at least three working days since, the two-day maximum.
    const due = await pooled.getByTestId("pool-due").textContent();
    expect(due).toMatch(/Response (target|maximum) passed \d+ (h|days) ago/);
    expect(await pooled.getByTestId("pool-due").getAttribute("data-tone")).toBe(
      /Response maximum passed/.test(due ?? "") ? "danger" : "warn",
    );
    // "Overdue for you" links the item to the officer's case.
    await page
      .getByRole("list", { name: /Overdue for you/ })
      .getByRole("link", { name: new RegExp(held.reference) })
      .click();
    await page.getByRole("heading", { name: "Log an activity" }).waitFor();
    await page.close();
  }, 90_000);
});

describe.skipIf(!hasChromium())("closing a case", () => {
  it("asks to confirm, warns about a meeting still booked, and copies the evaluation code with a spoken confirmation", async () => {
    const { caseId } = await caseFor(demo.officer2, "Rhys Lane", "Gwen Lane");
    await bookMeeting(demo.officer2, caseId, "Annual review", 12);
    const browser = await openBrowser({ viewport: PHONE });
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
    const page = await newPage(browser);
    await signIn(page, demo.officer2);
    await page.goto(`${baseUrl()}/cases/${caseId}`);
    await page.getByText("Close the case").click();
    await page.getByLabel("Why is the case closing?").selectOption("OUTCOME_ACHIEVED");
    await page.getByRole("button", { name: "Close case…" }).click();
    const confirm = page.getByTestId("close-confirm");
    await confirm.waitFor();
    expect((await focused(page)).text).toBe("Close this case?");
    expect(await confirm.textContent()).toContain("A meeting is still booked");
    expect(await confirm.textContent()).toContain("Annual review");
    await expectAccessible(page, "closing a case, confirmation with a booked meeting");
    await screenshot(page, "86-close-case-confirm-phone");

    await confirm.getByRole("button", { name: "Go back" }).click();
    expect((await focused(page)).text).toBe("Close case…");
    await page.getByRole("button", { name: "Close case…" }).click();
    await page.getByRole("button", { name: "Close it anyway" }).click();
    const code = ((await page.getByTestId("evaluation-token").textContent()) ?? "").trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    await page.getByRole("button", { name: "Copy code" }).click();
    await page.getByTestId("copied-code").filter({ hasText: "Code copied" }).waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="announcer"]')?.textContent === "Code copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await expectAccessible(page, "closed case with the code copied");
    await screenshot(page, "87-close-case-code-copied-phone");
    await browser.close();
  });

  it("a professional contact with no consent recorded leads to the consent form", async () => {
    const { caseId } = await caseFor(demo.officer2, "Iris Cole", "Dan Cole");
    const browser = await openBrowser({ viewport: DESK });
    const page = await newPage(browser);
    await signIn(page, demo.officer2);
    await page.goto(`${baseUrl()}/cases/${caseId}`);
    await page.getByLabel("What was it?").selectOption("PROFESSIONAL_CONTACT");
    const notice = page.getByTestId("no-consent");
    await notice.waitFor();
    await page.getByRole("button", { name: "Log activity" }).click();
    await page.locator("#activity-consent-error").filter({ hasText: "record the family's consent first" }).waitFor();
    await notice.getByRole("button", { name: "Record the family's consent" }).click();
    await page.waitForFunction(() => document.activeElement?.id === "consent-party");
    expect(await page.locator("details", { hasText: "Record consent to speak to someone" }).getAttribute("open")).not.toBeNull();
    await browser.close();
  });
});

describe.skipIf(!hasChromium())("signing in from a link", () => {
  it("returns to the page asked for after sign-in, and never to another site", async () => {
    const browser = await openBrowser({ viewport: DESK });
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/overdue`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/sign-in?next=%2Foverdue");
    await page.getByLabel("Email address").fill(demo.manager);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Overdue" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/overdue");
    await signOut(page);

    await page.goto(`${baseUrl()}/sign-in?next=${encodeURIComponent("//evil.example/")}`);
    await page.getByLabel("Email address").fill(demo.manager);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Triage queue" }).waitFor();
    expect(new URL(page.url()).origin).toBe(baseUrl());
    await browser.close();
  });
});

describe.skipIf(!hasChromium())("words on screen", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ viewport: PHONE });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the self-referral form says a phone number is too short, and gives the helpline's number", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/refer/demo`);
    await page.getByTestId("helpline").filter({ hasText: "01632 960 123" }).waitFor();
    await page.getByLabel("Yes, you can keep a record of my details").check();
    await page.getByLabel("Phone number").fill("12345");
    await page.getByRole("button", { name: "Send my request" }).click();
    expect(await page.locator("#phone-error").textContent()).toMatch(/too short: it has 5 numbers/);
    await page.getByLabel("No, do not keep my details").check();
    await page
      .locator(".alert")
      .filter({ hasText: "We will not keep your details" })
      .getByText("phone our helpline on 01632 960 123")
      .waitFor();
    await page.close();
  });

  it("the evaluation page's hint has no aside about longer codes", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/evaluate`);
    await page.getByLabel("Code from your letter or email").waitFor();
    expect(await page.locator("#code-hint").textContent()).not.toMatch(/longer/);
    await page.close();
  });

  it("a priority set by hand shows beside what the criteria give", async () => {
    const manager = await tokenFor(demo.manager);
    const referral = await createReferral(manager, {
      channel: "EMAIL",
      child: "Finn Webb",
      parent: "Kit Webb",
      hoursAgo: 1,
      safeguarding: true,
    });
    await graphqlRequest(
      `mutation($input: TriageReferralInput!) { triageReferral(input: $input) { id } }`,
      {
        input: {
          referralId: referral.id,
          eligibility: "ELIGIBLE",
          level: 2,
          safeguardingFlag: true,
          priorityOverride: 60,
          priorityOverrideReason: "Exclusion hearing next week",
        },
      },
      manager,
    );
    const page = await newPage(browser);
    await signIn(page, demo.manager);
    await page.goto(`${baseUrl()}/triage/${referral.id}`);
    const decision = page.getByTestId("triage-decision");
    await decision.waitFor();
    // Safeguarding alone gives 40 (server/src/triage/priority.ts); 60 is the manager's.
    expect(await decision.textContent()).toContain("60, set by hand (the criteria give 40)");
    expect(await page.getByTestId("priority-override").textContent()).toContain("the criteria give 40");
    await decision.getByRole("button", { name: "Change the decision" }).click();
    expect(await page.locator("#priorityOverride-hint").textContent()).toBe(
      "The criteria give 40; it is set by hand to 60. Clear this box to go back to 40.",
    );
    await page.close();
  });
});

describe.skipIf(!hasChromium())("a manager's other screens", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ viewport: DESK });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("records a one-to-one from the supervision schedule", async () => {
    const page = await newPage(browser);
    await signIn(page, demo.manager);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Supervision" }).click();
    const vera = page.getByTestId("schedule-row").filter({ hasText: "Vera Lewis" });
    await vera.getByRole("button", { name: /Record/ }).click();
    expect((await focused(page)).text).toBe("Record a session");
    // The person is chosen in the render after focus moves; wait for it rather than race it.
    await expect.poll(() => page.getByLabel("Who was supervised?").inputValue()).not.toBe("");
    await page.getByRole("button", { name: "Record session" }).click();
    await page.getByText("Choose at least one topic").first().waitFor();
    await page.getByLabel("Wellbeing").check();
    await page.getByLabel("Notes (optional)").fill("Talked about a hard week.");
    await page.getByRole("button", { name: "Record session" }).click();
    await page.getByTestId("supervision-saved").filter({ hasText: "One-to-one supervision with Vera Lewis recorded." }).waitFor();
    await page.getByTestId("supervision-record").filter({ hasText: "Talked about a hard week." }).waitFor();
    await page.close();
  });

  it("logs a complaint and records its outcome in the complaints log", async () => {
    const page = await newPage(browser);
    await signIn(page, demo.manager);
    await page.goto(`${baseUrl()}/complaints`);
    await page.getByLabel("Complaint", { exact: true }).check();
    await page.getByLabel("What is it about?").fill("Nobody rang back after the meeting.");
    await page.getByRole("button", { name: "Log it" }).click();
    const entry = page.getByTestId("complaint").filter({ hasText: "Nobody rang back after the meeting." });
    await entry.waitFor();
    expect(await entry.textContent()).toContain("Open");
    await entry.getByText("Record the outcome or response").click();
    await entry.getByLabel("Outcome", { exact: true }).selectOption("RESOLVED");
    await entry.getByLabel("Measures taken (optional)").fill("Apologised and called the family.");
    await entry.getByRole("button", { name: "Save" }).click();
    await entry.getByText("Resolved", { exact: true }).waitFor();
    expect(await entry.textContent()).toContain("Responded");
    await page.close();
  });

  it("opens a team member's caseload from the team, and says the manager's statistics are exact figures", async () => {
    const page = await newPage(browser);
    await signIn(page, demo.manager);
    await page.goto(`${baseUrl()}/team`);
    await page.getByTestId("team-row").getByRole("link", { name: "Owen Hughes" }).click();
    await page.getByRole("heading", { level: 1, name: "Owen Hughes" }).waitFor();
    expect(await page.getByTestId("member-caseload").textContent()).toMatch(/\d+ of \d+ \(capacity\)/);
    await page.getByTestId("member-compliance").waitFor();
    await page.goto(`${baseUrl()}/statistics`);
    expect(await page.getByTestId("stats-kind").textContent()).toContain("Exact figures");
    await page.close();
  });

  for (const width of [PHONE, DESK]) {
    it(`shows steering members referrals and response times month by month as charts with their tables (${width.name})`, async () => {
      const phoneOrDesk = await openBrowser({ viewport: width });
      const page = await newPage(phoneOrDesk);
      await signIn(page, demo.steering);
      await page.goto(`${baseUrl()}/statistics`);
      await page.locator("#period-preset").selectOption({ label: "Last 12 months" });
      const referrals = page.getByTestId("trend-referrals");
      await referrals.locator(".recharts-bar-rectangle").first().waitFor();
      await page.getByTestId("trend-response").locator(".recharts-surface").waitFor();
      // The same figures as a table, for anyone who cannot see the chart (the chart is hidden from screen readers).
      await referrals.getByText("Show as a table").click();
      const rows = referrals.locator("tbody tr");
      expect(await rows.count()).toBe(12);
      const values = (await referrals.locator("tbody td").allTextContents()).map((t) => t.trim());
      for (const v of values) expect(v).toMatch(/^\d+$/);
      // The demo has two years of history: nearly every month has referrals, and a bar (a protected 0 has none).
      expect(values.filter((v) => v !== "0").length).toBeGreaterThanOrEqual(10);
      await expect.poll(() => referrals.locator(".recharts-bar-rectangle").count(), { timeout: 5_000 }).toBeGreaterThanOrEqual(10);
      expect(await referrals.locator(".trend-chart").getAttribute("aria-hidden")).toBe("true");
      // A shorter period is shown with the months before it, twelve in all, as the printable report shows it.
      const firstMonth = await rows.first().locator("th").textContent();
      await page.locator("#period-preset").selectOption({ label: "Last full quarter" });
      await expect.poll(() => rows.first().locator("th").textContent(), { timeout: 10_000 }).not.toBe(firstMonth);
      expect(await rows.count()).toBe(12);
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await expectAccessible(page, `statistics month by month (${width.name})`);
      await page.getByRole("region", { name: "Month by month" }).screenshot({ path: `${ARTIFACTS}/statistics-trend-${width.name}.png` });
      await phoneOrDesk.close();
    });
  }
});
