import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DESK,
  PHONE,
  baseUrl,
  expectAccessible,
  expectNoSidewaysScroll,
  hasChromium,
  newPage,
  openBrowser,
  type Browser,
} from "./support/browser";
import { fillSelfReferral } from "./support/referral-form";

/*
 * Issue 19 [001 Eligibility], decision 043: a young person over 25 who fills in the public form is
 * recorded as not eligible and told kindly where to go instead, not refused.
 */
describe.skipIf(!hasChromium())("public form for a young person over 25", () => {
  describe.each([PHONE, DESK])("at $name width", (width) => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ viewport: width });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("records the enquiry and signposts the family", async () => {
      const page = await newPage(browser);
      await page.goto(`${baseUrl()}/refer/demo`);
      await fillSelfReferral(page, { parent: `Quentin Ashworth ${width.name}`, child: `Quentin Ashworth ${width.name}` });
      await page.getByLabel("Year").fill("1994");
      await page.getByRole("button", { name: "Send my request" }).click();
      await page.getByRole("heading", { level: 1, name: "Thank you for contacting us" }).waitFor();
      expect(await page.locator(".receipt-reference").textContent()).toMatch(/\S+/);
      const help = (await page.getByTestId("response-promise").textContent()) ?? "";
      expect(help).toMatch(/We support children and young people aged 0 to 25/);
      expect(help).toMatch(/adult social care/);
      await expectAccessible(page, `self-referral signposted (${width.name})`);
      await expectNoSidewaysScroll(page, `self-referral signposted (${width.name})`);
      await page.close();
    });
  });
});
