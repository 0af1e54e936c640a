import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  demo,
  DESK,
  expectAccessible,
  expectNoSidewaysScroll,
  hasChromium,
  newPage,
  openBrowser,
  PHONE,
  signIn,
  type Browser,
} from "./support/browser";

describe.skipIf(!hasChromium())("staff compliance", () => {
  describe.each([PHONE, DESK])("at $name width", (width) => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ viewport: width });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("an administrator sees each person's records, is told at the field about a future appraisal, and records and withdraws a declaration", async () => {
      const page = await newPage(browser);
      await signIn(page, demo.admin);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compliance" }).click();
      await page.getByRole("heading", { level: 1, name: "Compliance" }).waitFor();
      const person = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: /Priya Shah/ }) });
      await person.waitFor();
      await expectNoSidewaysScroll(page, `compliance at ${width.name}`);
      await expectAccessible(page, `compliance at ${width.name}`);
      expect(await person.getByText("Enhanced DBS").count()).toBeGreaterThan(0);

      await person.getByText("Update Priya Shah’s records").click();
      const appraisal = person.getByRole("form", { name: "Appraisal" });
      await appraisal.getByLabel("Held on").fill("2099-01-01");
      await appraisal.getByLabel("Held by").selectOption({ label: "Maya Patel" });
      await appraisal.getByRole("button", { name: "Record appraisal" }).click();
      await appraisal.getByText("An appraisal cannot be recorded before it is held.").first().waitFor();
      expect(await appraisal.getByLabel("Held on").getAttribute("aria-invalid")).toBe("true");
      await expectAccessible(page, `compliance with a problem at ${width.name}`);

      // A unique agency no demo referral names, so no other test's allocation is affected.
      const agency = `E2E Agency ${randomBytes(3).toString("hex")}`;
      const conflict = person.getByRole("form", { name: "Conflict of interest" });
      await conflict.getByLabel("The conflict is with").selectOption("AGENCY");
      await conflict.getByLabel("Name of the setting, group or agency").fill(agency);
      await conflict.getByRole("button", { name: "Record declaration" }).click();
      await person.getByText(`Another agency: ${agency}`).waitFor();
      await person.getByRole("button", { name: `Withdraw the declaration about ${agency}` }).click();
      await person.getByText(new RegExp(`${agency}.*withdrawn`)).waitFor();
      await page.close();
    }, 90_000);
  });
});
