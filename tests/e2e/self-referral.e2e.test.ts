import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectAccessible, hasChromium, newPage, openBrowser, screenshot, type Browser } from "./support/browser";
import { fillSelfReferral } from "./support/referral-form";

describe.skipIf(!hasChromium())("public self-referral page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("asks for consent first and passes axe without signing in", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/refer/demo`);
    await page.getByRole("heading", { level: 1, name: "Ask us for help" }).waitFor();
    await page.getByRole("group", { name: "Can we keep a record of the details you give us?" }).waitFor();
    await expectAccessible(page, "self-referral (start)");
    await screenshot(page, "50-referral-start");

    await page.getByLabel("Yes, you can keep a record of my details").check();
    await page.getByRole("heading", { name: "About the child or young person" }).waitFor();
    await expectAccessible(page, "self-referral (full form)");
    await screenshot(page, "51-referral-form");

    await page.getByRole("button", { name: "Send my request" }).click();
    await page.getByText("There is a problem").waitFor();
    const name = page.getByLabel("Your full name");
    expect(await name.getAttribute("aria-describedby")).toContain("fullName-error");
    await expectAccessible(page, "self-referral (errors)");
    await screenshot(page, "52-referral-errors");

    await page.getByRole("button", { name: "Larger text" }).click();
    await screenshot(page, "53-referral-large-text");
    await page.getByRole("button", { name: "Standard text size" }).click();
    await page.close();
  });

  it("explains that only an anonymous tally is kept without consent", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/refer/demo`);
    await page.getByLabel("No, do not keep my details").check();
    await page.getByText("only add one to an anonymous count").waitFor();
    expect(await page.getByLabel("Your full name").count()).toBe(0);
    await page.close();
  });

  it("a parent submits the form and sees the response promise", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/refer/demo`);
    await fillSelfReferral(page, { parent: "Sam Carter", child: "Leo Carter" });
    await page.getByRole("button", { name: "Send my request" }).click();
    await page.getByRole("heading", { level: 1, name: "Your request has been sent" }).waitFor();
    // A screen reader lands on the receipt: focus moves to its heading and the tab title changes.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Your request has been sent");
    expect(await page.title()).toMatch(/^Request sent/);
    const promise = (await page.getByTestId("response-promise").textContent()) ?? "";
    expect(promise).toMatch(/We will contact you by phone by .+ \d{4}/);
    expect(await page.locator(".receipt-reference").textContent()).toMatch(/\S+/);
    await expectAccessible(page, "self-referral receipt");
    await screenshot(page, "54-referral-receipt");
    await page.close();
  });

  it("thanks a family who declined consent and keeps only a tally", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/refer/demo`);
    await page.getByLabel("No, do not keep my details").check();
    await page.getByRole("button", { name: "Send without my details" }).click();
    await page.getByText("counted your enquiry without keeping any of your details").waitFor();
    await page.close();
  });
});
