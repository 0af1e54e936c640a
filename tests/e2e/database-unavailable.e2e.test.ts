import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESK, PHONE, baseUrl, demo, hasChromium, newPage, openBrowser, signIn, type Browser } from "./support/browser";

/*
 * While the API's database restarts, a change the dashboard sends is answered DATABASE_UNAVAILABLE
 * (tests/api/database-unavailable.test.ts shows the API answering so when it loses its connection, and
 * keeping nothing). The dashboard sends the same operation again, with the same Idempotency-Key, and
 * the person sees it saved — not an error for a blip. The first answer is the API's, as it gives it;
 * the second attempt reaches the real API.
 */
describe.skipIf(!hasChromium())("the dashboard while the database restarts", () => {
  describe.each([PHONE, DESK])("at $name width", (width) => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ viewport: width });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("sends a change again with the same key after DATABASE_UNAVAILABLE, and shows it saved once", async () => {
      const page = await newPage(browser);
      await signIn(page, demo.officer);
      const keys: string[] = [];
      await page.route("**/graphql", async (route) => {
        const request = route.request();
        if (request.postDataJSON()?.operationName !== "RecordInformationCallFromIntake") return route.fallback();
        keys.push((await request.allHeaders())["idempotency-key"] ?? "");
        if (keys.length > 1) return route.fallback();
        await route.fulfill({
          contentType: "application/json",
          body: JSON.stringify({
            data: null,
            errors: [
              {
                message: "The database could not be reached just now. Try again in a moment.",
                path: ["recordInformationCall"],
                extensions: { code: "DATABASE_UNAVAILABLE", correlationId: "e2e-restart" },
              },
            ],
          }),
        });
      });

      await page.goto(`${baseUrl()}/intake`);
      await page.getByRole("radio", { name: /A quick information call/ }).check();
      await page.getByRole("heading", { name: "Quick information call" }).waitFor();
      await page.getByLabel("The caller agreed to us recording their details").check();
      await page.getByLabel("Caller's name").fill(`Rowan Ellery ${width.name}`);
      await page.getByLabel("What was it about?").selectOption("TRANSPORT");
      await page.getByLabel("Information or advice given").fill("Explained how to appeal a transport decision.");
      await page.getByLabel("Minutes spent").fill("6");
      await page.getByRole("button", { name: "Record the call" }).click();
      const saved = page.getByTestId("call-saved");
      await saved.waitFor();
      expect(await saved.textContent()).toMatch(/Reference R-[2-9A-Z]{6}, closed as information given/);
      expect(keys).toHaveLength(2);
      expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
      expect(keys[1]).toBe(keys[0]);
      expect(await page.getByText("The database could not be reached").count()).toBe(0);
      await page.close();
    });
  });
});
