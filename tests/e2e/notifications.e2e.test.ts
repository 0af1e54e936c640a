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
  screenshot,
  signIn,
  type Browser,
} from "./support/browser";

describe.skipIf(!hasChromium())("email notifications", () => {
  describe.each([PHONE, DESK])("at $name width", (width) => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ viewport: width });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("an officer turns allocation emails off and on again on their own Emails screen", async () => {
      const page = await newPage(browser);
      await signIn(page, demo.officer2);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Emails" }).click();
      const form = page.getByRole("form", { name: "Your email notifications" });
      await form.waitFor();
      // An officer is never sent safeguarding emails, so is not offered them; nor the delivery list.
      expect(await form.getByRole("checkbox").count()).toBe(2);
      expect(await page.getByRole("heading", { name: "Email delivery" }).count()).toBe(0);
      await expectNoSidewaysScroll(page, `email choices at ${width.name}`);
      await expectAccessible(page, `email choices at ${width.name}`);
      const allocation = form.getByRole("checkbox", { name: "When a case is allocated to me" });
      const was = await allocation.isChecked();
      await allocation.setChecked(!was);
      await form.getByRole("button", { name: "Save my choices" }).click();
      await form.getByText("Saved").waitFor();
      await page.reload();
      await form.waitFor();
      expect(await form.getByRole("checkbox", { name: "When a case is allocated to me" }).isChecked()).toBe(!was);
      await form.getByRole("checkbox", { name: "When a case is allocated to me" }).setChecked(was);
      await form.getByRole("button", { name: "Save my choices" }).click();
      await form.getByText("Saved").waitFor();
      await page.close();
    }, 60_000);

    it("an administrator sees that notifications are off and the service's email delivery list", async () => {
      const page = await newPage(browser);
      await signIn(page, demo.admin);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Email delivery" }).click();
      await page.getByRole("heading", { name: "Email delivery" }).waitFor();
      await page.getByText("Email notifications are off").waitFor();
      // Administrators receive no emails themselves: no choices to make.
      expect(await page.getByRole("form", { name: "Your email notifications" }).count()).toBe(0);
      await expectNoSidewaysScroll(page, `email delivery at ${width.name}`);
      await expectAccessible(page, `email delivery at ${width.name}`);
      await screenshot(page, `notifications-admin-${width.name}`);
      await page.close();
    }, 60_000);

    it("a manager has all three choices beside the delivery list", async () => {
      const page = await newPage(browser);
      await signIn(page, demo.manager);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Emails" }).click();
      const form = page.getByRole("form", { name: "Your email notifications" });
      await form.waitFor();
      expect(await form.getByRole("checkbox", { name: "When a safeguarding concern is raised" }).isChecked()).toBe(true);
      expect(await form.getByRole("checkbox").count()).toBe(3);
      await page.getByRole("heading", { name: "Email delivery" }).waitFor();
      await page.getByText("Email notifications are off").waitFor();
      await expectNoSidewaysScroll(page, `manager's emails at ${width.name}`);
      await expectAccessible(page, `manager's emails at ${width.name}`);
      await screenshot(page, `notifications-manager-${width.name}`);
      await page.close();
    }, 60_000);
  });
});
