import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DESK,
  PHONE,
  baseUrl,
  demo,
  expectAccessible,
  expectNoSidewaysScroll,
  hasChromium,
  newPage,
  openBrowser,
  signIn,
  type Browser,
  type Width,
} from "./support/browser";
import { caseFor, graphqlRequest, tokenFor } from "./support/api";

/*
 * Mileage and expenses on the case page [003] (issue 20, decisions 042, 047): whoever did an activity
 * claims on it from the timeline; a figure that is not a number, and one over the server's limit, are
 * shown at their field; the claim shows on the activity; a manager may correct it.
 */

describe.skipIf(!hasChromium())("expenses on the case page", () => {
  const widths: Width[] = [PHONE, DESK];
  const browsers: Partial<Record<Width["name"], Browser>> = {};
  beforeAll(async () => {
    for (const w of widths) browsers[w.name] = await openBrowser({ viewport: w });
  });
  afterAll(async () => {
    await Promise.all(Object.values(browsers).map((b) => b?.close()));
  });

  for (const width of widths) {
    it(`an officer claims mileage and expenses on their visit, and a manager can correct it (${width.name})`, async () => {
      const { caseId } = await caseFor(demo.officer2, `Rue Milne ${width.name}`, "Ash Milne");
      const summary = `Home visit ${width.name} ${Date.now()}`;
      await graphqlRequest(
        `mutation($input: LogActivityInput!) { logActivity(input: $input) { id } }`,
        {
          input: {
            caseId,
            kind: "FACE_TO_FACE",
            occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
            minutes: 45,
            withFamily: true,
            summary,
          },
        },
        await tokenFor(demo.officer2),
      );

      const page = await newPage(browsers[width.name]!);
      await signIn(page, demo.officer2);
      await page.goto(`${baseUrl()}/cases/${caseId}`);
      const item = page.getByTestId("timeline-item").filter({ hasText: summary });
      await item.getByText("Add mileage and expenses").click();
      const form = item.getByRole("form", { name: "Mileage and expenses" });

      await form.getByLabel("Miles").fill("about ten");
      await form.getByRole("button", { name: "Save expenses" }).click();
      await form.locator(".field .error-message").filter({ hasText: "Enter the miles as a number, e.g. 12.5" }).waitFor();
      expect(await form.getByLabel("Miles").getAttribute("aria-invalid")).toBe("true");

      // The server's limit comes back at the field it concerns.
      await form.getByLabel("Miles").fill("1200");
      await form.getByRole("button", { name: "Save expenses" }).click();
      await form.locator(".field[data-invalid] .error-message").filter({ hasText: "At most 999.9 miles." }).waitFor();
      await expectAccessible(page, `case page, expenses refused (${width.name})`);

      await form.getByLabel("Miles").fill("12.5");
      await form.getByLabel("Other expenses (£)").fill("4.50");
      await form.getByLabel("Note (optional)").fill("Parking");
      await form.getByRole("button", { name: "Save expenses" }).click();
      await item.getByText("Expenses: 12.5 miles · £4.50").waitFor();
      await expectNoSidewaysScroll(page, `case page, expenses (${width.name})`);
      await expectAccessible(page, `case page, expenses (${width.name})`);
      await page.close();

      const manager = await newPage(browsers[width.name]!);
      await signIn(manager, demo.manager);
      await manager.goto(`${baseUrl()}/cases/${caseId}`);
      const seen = manager.getByTestId("timeline-item").filter({ hasText: summary });
      await seen.getByText("Expenses: 12.5 miles · £4.50").waitFor();
      await seen.getByText("Correct mileage and expenses").click();
      const correct = seen.getByRole("form", { name: "Mileage and expenses" });
      expect(await correct.getByLabel("Miles").inputValue()).toBe("12.5");
      await correct.getByLabel("Miles").fill("14");
      await correct.getByRole("button", { name: "Save expenses" }).click();
      await seen.getByText("Expenses: 14 miles · £4.50").waitFor();
      await manager.close();
    }, 90_000);
  }
});
