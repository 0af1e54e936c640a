import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { baseUrl, demo, expectAccessible, hasChromium, newPage, openBrowser, screenshot, signIn, type Browser } from "./support/browser";
import { createReferral, graphqlRequest, tokenFor, triageEligible } from "./support/api";

/** A family answers as they would on a phone: every control reached by its label. */
async function answer(page: Page, comment: string): Promise<void> {
  await page.getByRole("group", { name: "How helpful was our service?" }).getByLabel("Very helpful", { exact: true }).check();
  await page.getByRole("group", { name: "Were we fair, without taking sides?" }).getByLabel("Yes, mostly", { exact: true }).check();
  await page.getByRole("group", { name: "Would you tell other families to ask us for help?" }).getByLabel("Yes", { exact: true }).check();
  await page.getByLabel("Is there anything else you want to tell us? (optional)").fill(comment);
}

describe.skipIf(!hasChromium())("the family's anonymous evaluation", () => {
  let officerBrowser: Browser;
  let familyBrowser: Browser;
  let caseId = "";
  let code = "";
  let link = "";

  beforeAll(async () => {
    officerBrowser = await openBrowser();
    const manager = await tokenFor(demo.manager);
    const referral = await createReferral(manager, { channel: "EMAIL", child: "Ruby Ellis", parent: "Dan Ellis", hoursAgo: 3 });
    await triageEligible(manager, referral.id, 2);
    await graphqlRequest(`mutation($r: ID!) { publishToPool(referralId: $r) { id } }`, { r: referral.id }, manager);
    const claimed = await graphqlRequest<{ claimReferral: { caseId: string } }>(
      `mutation($r: ID!) { claimReferral(referralId: $r) { caseId } }`,
      { r: referral.id },
      await tokenFor(demo.officer2),
    );
    caseId = claimed.claimReferral.caseId;
  });
  afterAll(async () => {
    await Promise.all([officerBrowser?.close(), familyBrowser?.close()]);
  });

  it("an officer closing a case is shown the code and the address or link the family uses", async () => {
    const officer = await newPage(officerBrowser);
    await signIn(officer, demo.officer2);
    await officer.goto(`${baseUrl()}/cases/${caseId}`);
    await officer.getByText("Close the case").click();
    await officer.getByLabel("Why is the case closing?").selectOption("OUTCOME_ACHIEVED");
    await officer.getByRole("button", { name: "Close case" }).click();
    code = ((await officer.getByTestId("evaluation-token").textContent()) ?? "").trim();
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await officer.getByTestId("evaluation-address").textContent())?.trim()).toBe(`${baseUrl()}/evaluate`);
    link = ((await officer.getByTestId("evaluation-link").textContent()) ?? "").trim();
    expect(link).toBe(`${baseUrl()}/evaluate#${code}`);
    await expectAccessible(officer, "closed case with the evaluation link");
    await screenshot(officer, "64-officer-evaluation-link");
    await officer.close();
  });

  it("a family with no sign-in opens the link on a phone, answers and gets a receipt; the code never reaches the server in a URL", async () => {
    familyBrowser = await openBrowser();
    const page = await newPage(familyBrowser);
    await page.setViewportSize({ width: 375, height: 760 });
    const urls: string[] = [];
    page.on("request", (request) => urls.push(request.url()));

    await page.goto(link);
    await page.getByRole("heading", { level: 1, name: "Tell us how we did" }).waitFor();
    expect(await page.getByLabel("Code from your letter or email").inputValue()).toBe(code);
    await page.getByText("We have filled this in from your link").waitFor();
    // Out of the address bar once read.
    await page.waitForFunction(() => window.location.hash === "");
    expect(page.url()).toBe(`${baseUrl()}/evaluate`);
    expect(await page.getByRole("navigation", { name: "Main" }).count()).toBe(0);
    // Nothing wider than a phone screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(page, "evaluation page");
    await screenshot(page, "60-evaluation-phone");

    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByText("There is a problem").waitFor();
    const summary = page.locator(".error-summary");
    expect(await summary.getByRole("link").allTextContents()).toEqual([
      "Choose how helpful we were",
      "Choose whether we were fair and did not take sides",
      "Choose yes or no: would you tell other families about us",
    ]);
    expect(await page.getByRole("group", { name: "How helpful was our service?" }).getAttribute("aria-describedby")).toContain("helpfulness-error");
    await expectAccessible(page, "evaluation page with errors");
    await screenshot(page, "61-evaluation-errors");

    await answer(page, "Clear advice before the annual review.");
    await page.getByRole("button", { name: "Send my answers" }).click();
    const receipt = page.getByTestId("evaluation-receipt");
    await receipt.getByRole("heading", { level: 1, name: "Thank you" }).waitFor();
    expect(await receipt.textContent()).toContain("Your answers are anonymous.");
    await expectAccessible(page, "evaluation receipt");
    await screenshot(page, "62-evaluation-receipt");

    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => u.includes(code))).toEqual([]);
    await page.close();
  });

  it("the same code sent again is refused with a clear message, and an unknown code is pointed out at the field", async () => {
    const page = await newPage(familyBrowser);
    await page.goto(`${baseUrl()}/evaluate`);
    const field = page.getByLabel("Code from your letter or email");
    expect(await field.inputValue()).toBe("");

    // Typed from the letter with spaces: still the same code.
    await field.fill(`${code.slice(0, 20)} ${code.slice(20)}`);
    await answer(page, "Sending twice.");
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByRole("alert").filter({ hasText: "This code has already been used" }).waitFor();
    expect(await page.getByTestId("evaluation-failure").textContent()).toContain("each code works only once");
    expect(await page.getByTestId("evaluation-receipt").count()).toBe(0);
    await expectAccessible(page, "evaluation page, code already used");
    await screenshot(page, "63-evaluation-code-used");

    const unknown = `${code.slice(0, 42)}${code.endsWith("A") ? "B" : "A"}`;
    await field.fill(unknown);
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByText("There is a problem").waitFor();
    expect(await page.locator("#code-error").textContent()).toContain("We cannot find this code");
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByText("This code has already been used").count()).toBe(0);
    await page.close();
  });
});
