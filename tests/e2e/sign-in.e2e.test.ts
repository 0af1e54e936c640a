import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  baseUrl,
  demo,
  expectAccessible,
  hasChromium,
  navLabels,
  newPage,
  openBrowser,
  screenshot,
  signIn,
  signOut,
  type Browser,
} from "./support/browser";
import { familyNamesInQueue, graphqlRequest, tokenFor } from "./support/api";

describe.skipIf(!hasChromium())("signing in", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows an accessible sign-in page", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await expectAccessible(page, "sign-in");
    await screenshot(page, "01-sign-in");
    await page.close();
  });

  it("shows the error when the password is wrong", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel("Email address").fill(demo.officer2);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Sign-in failed" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("email address or password is not right");
    await expectAccessible(page, "sign-in with error");
    await screenshot(page, "02-sign-in-wrong-password");
    await page.close();
  });

  it("names the missing fields when the form is sent empty", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("There is a problem").waitFor();
    const email = page.getByLabel("Email address");
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    expect(await email.getAttribute("aria-describedby")).toBe("email-error");
    await page.close();
  });

  it("gives a manager the triage queue, team, overdue, supervision, complaints and statistics, and signs out back to sign-in", async () => {
    const page = await newPage(browser);
    await signIn(page, demo.manager);
    expect(await navLabels(page)).toEqual([
      "Triage queue",
      "Team",
      "Overdue",
      "Supervision",
      "Complaints",
      "Statistics",
      "New enquiry",
      "Find a family",
      "Cases",
      "Group work",
      "Accounts",
      "Compliance",
      "Audit log",
      "Emails",
      "Letter templates",
    ]);
    await page.getByRole("heading", { level: 1, name: "Triage queue" }).waitFor();
    await page.getByTestId("connection-state").filter({ hasText: "Live" }).waitFor();
    await expectAccessible(page, "manager triage queue");
    await screenshot(page, "10-manager-triage-queue");

    for (const [label, shot] of [
      ["Team", "11-manager-team"],
      ["Overdue", "12-manager-overdue"],
    ] as const) {
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label }).click();
      await page.getByRole("heading", { level: 1, name: label }).waitFor();
      await page
        .getByTestId(label === "Team" ? "team-row" : "overdue-count")
        .first()
        .waitFor();
      await expectAccessible(page, `manager ${label}`);
      await screenshot(page, shot);
    }

    // A reload keeps the session (sessionStorage) and the screen.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Overdue" }).waitFor();

    await signOut(page);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.getByText("You have signed out").waitFor();
    await page.goto(`${baseUrl()}/triage`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await page.close();
  });

  it("gives a steering member only the statistics screen, and no personal data reaches the browser", async () => {
    const families = await familyNamesInQueue(await tokenFor(demo.manager));
    expect(families.length).toBeGreaterThan(5);
    const page = await newPage(browser);
    // Every data response the API sends this browser (any fetch, any address), and the live socket.
    const received: string[] = [];
    page.on("response", (response) => {
      const kind = response.request().resourceType();
      if (kind === "fetch" || kind === "xhr")
        void response.text().then(
          (t) => received.push(t),
          () => {},
        );
    });
    page.on("websocket", (ws) => ws.on("framereceived", (frame) => received.push(String(frame.payload))));
    await signIn(page, demo.steering);
    expect(await navLabels(page)).toEqual(["Statistics"]);
    await page.getByRole("heading", { level: 1, name: "Statistics" }).waitFor();
    const channel = page.getByTestId("breakdown").filter({ hasText: "Referrals by channel" });
    await channel.waitFor();
    expect(await page.getByTestId("period-label").textContent()).toMatch(/compared with/);
    // Protected figures, said so, with their footnotes; whole months only (decision 028).
    const kind = await page.getByTestId("stats-kind").textContent();
    expect(kind).toContain("Protected figures");
    expect(kind).toMatch(/shown as 0 or \d+/);
    expect(kind).toContain("whole months that have ended");
    expect(await page.getByRole("option", { name: "This month so far" }).count()).toBe(0);
    expect(await page.getByLabel("From (month)").getAttribute("type")).toBe("month");
    // The demo deployment has one service: no figures across services, and the page says why.
    const national = page.getByTestId("national-state");
    await national.waitFor();
    expect(await national.textContent()).toMatch(
      /Figures for all services are not shown for this period.*at least 5 services.*\([0-4] (has|have) so far\)/,
    );
    expect(await page.getByTestId("national-cell").count()).toBe(0);
    expect(await channel.getByRole("columnheader", { name: "All services" }).count()).toBe(0);
    await expectAccessible(page, "steering statistics");
    await screenshot(page, "20-steering-statistics");

    // A longer period has more to show; suppressed figures carry words for screen readers.
    await page.getByLabel("Period", { exact: true }).selectOption("year");
    await page.getByTestId("period-label").filter({ hasText: "compared with" }).waitFor();
    await page.waitForLoadState("networkidle");
    const suppressed = page.locator(".suppressed .visually-hidden");
    if (await suppressed.count()) expect(await suppressed.first().textContent()).toBe("suppressed");
    await screenshot(page, "21-steering-statistics-year");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^service-statistics-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const popup = page.context().waitForEvent("page");
    await page.getByRole("button", { name: /Printable report/ }).click();
    const report = await popup;
    await report.getByRole("heading", { level: 1, name: /Monitoring report/ }).waitFor();
    await report.close();

    await page.goto(`${baseUrl()}/triage`);
    await page.getByRole("heading", { level: 1, name: "This page is not available" }).waitFor();
    await page.goto(`${baseUrl()}/cases/00000000-0000-0000-0000-000000000000`);
    await page.getByRole("heading", { level: 1, name: "This page is not available" }).waitFor();
    await page.getByTestId("connection-state").filter({ hasText: "Live" }).waitFor();
    const everything = received.join("\n");
    expect(everything).toContain("STEERING");
    // Field names as JSON keys: "Helpline (phone)" is a fine aggregate label, a "phone" key is not.
    // ("email" is left out: the steering member's own sign-in returns their own address.)
    for (const field of ["fullName", "dateOfBirth", "phone", "postcode", "needsOverview", "reasonForReferral", "summary"]) {
      expect(everything.includes(`"${field}":`), `steering browser received a "${field}" field`).toBe(false);
    }
    expect(everything.includes('"__typename":"Referral"'), "steering browser received a Referral").toBe(false);
    for (const name of families) {
      expect(everything.includes(name), `steering browser received the family name ${name}`).toBe(false);
    }
    expect(await page.locator('a[href^="/triage"], a[href^="/cases"], a[href^="/team"]').count()).toBe(0);
    await signOut(page);
    await page.close();
  });

  it("shows an All services column beside the service's own figures when the API gives national figures", async () => {
    // The demo deployment has one service, so the API never gives national figures here: the page
    // gets an answer shaped as the API's would be (keys from the service's own figures) in their place.
    const token = await tokenFor(demo.steering);
    const BREAKDOWNS = [
      "referralsByChannel",
      "referralsBySource",
      "referralsByHowHeard",
      "referralsByStage",
      "referralsByLevel",
      "referralsByAgeBand",
      "referralsByPrimaryNeed",
      "referralsByEthnicity",
      "activitiesByKind",
    ];
    const page = await newPage(browser);
    await page.route("**/graphql", async (route) => {
      const body = route.request().postDataJSON();
      if (body?.operationName !== "NationalStats") return route.fallback();
      const own = await graphqlRequest<any>(
        `query($from: LocalDate!, $to: LocalDate!) { serviceStats(from: $from, to: $to) { current {
          activityHoursByKind { key } ${BREAKDOWNS.map((b) => `${b} { key cells { key } }`).join(" ")} } } }`,
        body.variables,
        token,
      );
      const figure = (key: string, n: number) => ({ __typename: "StatCell", key, display: String(n), suppressed: false });
      const current: Record<string, unknown> = {
        __typename: "NationalPeriodStats",
        referralsReceived: figure("REFERRALS", 4321),
        activityHoursByKind: own.serviceStats.current.activityHoursByKind.map((m: any) => ({
          __typename: "StatMeasure",
          key: m.key,
          display: "12.5",
          suppressed: false,
        })),
      };
      for (const b of BREAKDOWNS) {
        const cells = own.serviceStats.current[b].cells.map((c: any, i: number) => ({
          ...figure(c.key, 1000 + i),
          suppressed: i === 1,
          display: i === 1 ? "[c]" : String(1000 + i),
        }));
        current[b] = { __typename: "StatBreakdown", key: b, cells, total: figure("TOTAL", 9999) };
      }
      const nationalStats = {
        __typename: "NationalStats",
        available: true,
        reason: null,
        minimumServices: 5,
        contributingServices: 7,
        figures: "PROTECTED",
        footnotes: ["Protected figures."],
        suppressionThreshold: 5,
        current,
      };
      await route.fulfill({ contentType: "application/json", body: JSON.stringify({ data: { nationalStats } }) });
    });
    await signIn(page, demo.steering);
    const channel = page.getByTestId("breakdown").filter({ hasText: "Referrals by channel" });
    await channel.getByRole("columnheader", { name: "All services" }).waitFor();
    expect(await page.getByTestId("national-state").textContent()).toMatch(/All services sums .* of the 7 services/);
    const rows = channel.locator("tbody tr");
    expect(await rows.first().getByTestId("national-cell").textContent()).toBe("1000");
    expect(await rows.nth(1).getByTestId("national-cell").textContent()).toMatch(/\[c\]\s*suppressed/);
    expect(await channel.locator("tfoot").getByTestId("national-cell").textContent()).toBe("9999");
    expect(await page.getByTestId("national-referrals").textContent()).toBe("all services 4321");
    // Figures the rollups do not hold have no national column.
    const cases = page.getByTestId("breakdown").filter({ hasText: "Cases opened by level" });
    expect(await cases.getByRole("columnheader", { name: "All services" }).count()).toBe(0);
    await expectAccessible(page, "steering statistics with all services");
    await screenshot(page, "22-steering-statistics-all-services");
    await signOut(page);
    await page.close();
  });

  it("gives officers and volunteers their allocations and an administrator the accounts and the team", async () => {
    for (const [email, expected, shot] of [
      [demo.officer, ["My allocations", "New enquiry", "Find a family", "Cases", "Group work", "Emails"], "30-officer-allocations"],
      [demo.volunteer, ["My allocations", "Cases", "Group work", "Emails"], null],
      [demo.admin, ["Accounts", "Compliance", "Team", "Settings", "Audit log", "Email delivery"], "40-admin-accounts"],
    ] as const) {
      const page = await newPage(browser);
      await signIn(page, email);
      expect(await navLabels(page)).toEqual(expected);
      await page.getByRole("heading", { level: 1, name: expected[0] }).waitFor();
      await expectAccessible(page, `${email} start page`);
      if (shot) await screenshot(page, shot);
      await signOut(page);
      await page.close();
    }
  });

  it("returns to sign-in with a calm message when the session ends on the server", async () => {
    const page = await newPage(browser);
    await signIn(page, demo.officer);
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem("sendiass.session")!).token as string);
    await page.getByTestId("connection-state").filter({ hasText: "Live" }).waitFor();
    // End the session from elsewhere, as an expiry or a sign-out on another device would.
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "mutation { logout }" }),
    });
    expect(response.ok).toBe(true);
    await page.getByText("Your session has ended").waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await screenshot(page, "03-sign-in-session-ended");
    await page.close();
  });
});
