import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
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

/** 16 Crockford base32 characters in four groups (server/src/evaluation/evaluation-code.ts). */
const GROUPED = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

/** A case claimed by the second officer, ready to close. */
async function claimedCase(child: string, parent: string): Promise<string> {
  const manager = await tokenFor(demo.manager);
  const referral = await createReferral(manager, { channel: "EMAIL", child, parent, hoursAgo: 3 });
  await triageEligible(manager, referral.id, 2);
  await graphqlRequest(`mutation($r: ID!) { publishToPool(referralId: $r) { id } }`, { r: referral.id }, manager);
  const claimed = await graphqlRequest<{ claimReferral: { caseId: string } }>(
    `mutation($r: ID!) { claimReferral(referralId: $r) { caseId } }`,
    { r: referral.id },
    await tokenFor(demo.officer2),
  );
  return claimed.claimReferral.caseId;
}

/** The family's page with the code typed by hand (no link), answered and sent. */
async function sendTyped(page: Page, typed: string, comment: string): Promise<void> {
  await page.goto(`${baseUrl()}/evaluate`);
  const field = page.getByLabel("Code from your letter or email");
  expect(await field.inputValue()).toBe("");
  await field.fill(typed);
  await answer(page, comment);
  await page.getByRole("button", { name: "Send my answers" }).click();
}

describe.skipIf(!hasChromium())("the family's anonymous evaluation", () => {
  let officerBrowser: Browser;
  let familyBrowser: Browser;
  let caseId = "";
  let code = "";
  let link = "";

  beforeAll(async () => {
    officerBrowser = await openBrowser();
    caseId = await claimedCase("Ruby Ellis", "Dan Ellis");
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
    await officer.getByRole("button", { name: "Close case…" }).click();
    await officer.getByRole("button", { name: "Yes, close the case" }).click();
    code = ((await officer.getByTestId("evaluation-token").textContent()) ?? "").trim();
    // Grouped for reading out on the phone and copying into a letter.
    expect(code).toMatch(GROUPED);
    await officer.getByText("The family can type it in capital or small letters, with or without the dashes.").waitFor();
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
    expect(await page.getByRole("group", { name: "How helpful was our service?" }).getAttribute("aria-describedby")).toContain(
      "helpfulness-error",
    );
    await expectAccessible(page, "evaluation page with errors");
    await screenshot(page, "61-evaluation-errors");

    await answer(page, "Clear advice before the annual review.");
    await page.getByRole("button", { name: "Send my answers" }).click();
    const receipt = page.getByTestId("evaluation-receipt");
    await receipt.getByRole("heading", { level: 1, name: "Thank you" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Thank you");
    expect(await page.title()).toMatch(/^Answers sent/);
    expect(await receipt.textContent()).toContain("Your answers are anonymous.");
    await expectAccessible(page, "evaluation receipt");
    await screenshot(page, "62-evaluation-receipt");

    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => u.includes(code))).toEqual([]);
    await page.close();
  });

  it("the same code typed again from the letter, in small letters with spaces, is refused as used; an unknown code is pointed out at the field", async () => {
    const page = await newPage(familyBrowser);
    await sendTyped(page, code.toLowerCase().replace(/-/g, " "), "Sending twice.");
    await page.getByRole("alert").filter({ hasText: "This code has already been used" }).waitFor();
    expect(await page.getByTestId("evaluation-failure").textContent()).toContain("each code works only once");
    expect(await page.getByTestId("evaluation-receipt").count()).toBe(0);
    await expectAccessible(page, "evaluation page, code already used");
    await screenshot(page, "63-evaluation-code-used");

    const field = page.getByLabel("Code from your letter or email");
    const unknown = `${code.slice(0, -1)}${code.endsWith("A") ? "B" : "A"}`;
    await field.fill(unknown);
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByText("There is a problem").waitFor();
    expect(await page.locator("#code-error").textContent()).toContain("We cannot find this code");
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByText("This code has already been used").count()).toBe(0);
    await page.close();
  });

  it("a code of the wrong shape is pointed out before anything is sent, with the format in the hint", async () => {
    const page = await newPage(familyBrowser);
    await page.goto(`${baseUrl()}/evaluate`);
    const field = page.getByLabel("Code from your letter or email");
    await field.waitFor();
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });
    // The hint is tied to the field, so a screen reader announces the format with it.
    const hintId = (await field.getAttribute("aria-describedby"))?.split(" ")[0];
    expect(hintId).toBeTruthy();
    const hint = (await page.locator(`[id="${hintId}"]`).textContent()) ?? "";
    expect(hint).toMatch(
      /16 letters and numbers, like [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\. Capital or small letters, spaces and dashes do not matter/,
    );

    await field.fill("7k3m q9xd 2hfa r8w");
    await answer(page, "Short code.");
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByText("There is a problem").waitFor();
    expect(await page.locator("#code-error").textContent()).toContain("You have entered 15");

    await field.fill("7K3M-Q9XD-2HFA-R8WU");
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.locator("#code-error").filter({ hasText: "never the letter U" }).waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "evaluation page, code of the wrong shape");
    await screenshot(page, "65-evaluation-code-wrong-shape");
    expect(posts).toEqual([]);
    await page.close();
  });

  it("a family types a new code from a letter in small letters with spaces, and it works", async () => {
    const closed = await graphqlRequest<{ closeCase: { evaluationToken: string } }>(
      `mutation($input: CloseCaseInput!) { closeCase(input: $input) { evaluationToken } }`,
      { input: { caseId: await claimedCase("Ava Patel", "Priya Patel"), reason: "OUTCOME_ACHIEVED" } },
      await tokenFor(demo.officer2),
    );
    const typed = closed.closeCase.evaluationToken.toLowerCase().replace(/-/g, " ");
    const page = await newPage(familyBrowser);
    await sendTyped(page, typed, "Typed from the letter.");
    await page.getByTestId("evaluation-receipt").getByRole("heading", { level: 1, name: "Thank you" }).waitFor();
    await page.close();
  });

  it("a code in the longer shape issued before still works, typed exactly, once", async () => {
    const legacy = inject("legacyEvaluationCode");
    expect(legacy).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const page = await newPage(familyBrowser);
    await sendTyped(page, `${legacy.slice(0, 20)} ${legacy.slice(20)}`, "Old letter.");
    await page.getByTestId("evaluation-receipt").getByRole("heading", { level: 1, name: "Thank you" }).waitFor();

    await sendTyped(page, legacy, "Old letter again.");
    await page.getByRole("alert").filter({ hasText: "This code has already been used" }).waitFor();
    await page.close();
  });
});
