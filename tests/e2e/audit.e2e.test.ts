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

describe.skipIf(!hasChromium())("audit viewer", () => {
  describe.each([PHONE, DESK])("at $name width", (width) => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ viewport: width });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("a manager filters the audit log by action and is told at the field when the range ends before it starts", async () => {
      const page = await newPage(browser);
      await signIn(page, demo.manager);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
      await page.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
      await page.getByTestId("audit-entries").waitFor();
      await expectNoSidewaysScroll(page, `audit log at ${width.name}`);
      await expectAccessible(page, `audit log at ${width.name}`);

      const form = page.getByRole("form", { name: "Filter the audit log" });
      await form.getByLabel("From").fill("2026-11-20");
      await form.getByLabel("To").fill("2026-11-01");
      await form.getByRole("button", { name: "Show entries" }).click();
      await form.getByText("The last day is on or after the first").first().waitFor();
      expect(await form.getByLabel("To").getAttribute("aria-invalid")).toBe("true");

      await form.getByLabel("From").fill("");
      await form.getByLabel("To").fill("");
      await form.getByLabel("Action").fill("audit.read");
      await form.getByRole("button", { name: "Show entries" }).click();
      const rows = page.getByTestId("audit-entries").getByRole("listitem");
      await rows.first().waitFor();
      const actions = await rows.getByTestId("audit-action").allTextContents();
      expect(actions.length).toBeGreaterThan(0);
      expect(new Set(actions)).toEqual(new Set(["audit.read"]));
      await page.close();
    }, 90_000);
  });
});
