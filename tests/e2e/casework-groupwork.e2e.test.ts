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

/*
 * Group work and monitoring inputs on screen (issue 20, decision 042): an officer records a training
 * session and an anonymous evaluation form, and an anonymised poor-practice note (text naming a
 * person is refused first).
 */

describe.skipIf(!hasChromium())("group work and monitoring", () => {
  const widths: Width[] = [PHONE, DESK];
  const browsers: Partial<Record<Width["name"], Browser>> = {};
  beforeAll(async () => {
    for (const w of widths) browsers[w.name] = await openBrowser({ viewport: w });
  });
  afterAll(async () => {
    await Promise.all(Object.values(browsers).map((b) => b?.close()));
  });

  for (const width of widths) {
    it(`an officer records a session, an evaluation form and an anonymised note (${width.name})`, async () => {
      const page = await newPage(browsers[width.name]!);
      await signIn(page, demo.officer2);
      await page.goto(`${baseUrl()}/group-work`);
      await page.getByRole("heading", { name: "Record a session" }).waitFor();
      const title = `Annual reviews workshop ${width.name} ${Date.now()}`;
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Topic").selectOption("ANNUAL_REVIEWS");
      await page.getByLabel("Run by").fill("Priya Shah");
      await page.getByLabel("Number attending").fill("6");
      await page.getByRole("button", { name: "Record session" }).click();
      const session = page.getByTestId("group-session").filter({ hasText: title });
      await session.waitFor();
      expect(await session.textContent()).toContain("6 attended");

      await session.getByLabel("Usefulness (1–5)").fill("5");
      await session.getByLabel("Impartiality (1–5)").fill("4");
      await session.getByRole("button", { name: "Enter form" }).click();
      await session.getByText("1 evaluation form").waitFor();

      const note = page.getByRole("form", { name: "Record poor practice or a positive outcome" });
      await note.getByLabel("What happened").fill("Mrs Khan was sent the draft plan late.");
      await note.getByRole("button", { name: "Record" }).click();
      await page.locator("#note-summary-error").waitFor();
      await expectAccessible(page, `group work, personal data refused (${width.name})`);
      const summary = `Draft plan sent at week 30 with no reason given (${width.name} ${Math.random().toString(36).slice(2, 8)}).`;
      await note.getByLabel("What happened").fill(summary);
      await note.getByRole("button", { name: "Record" }).click();
      await page.getByTestId("monitoring-note").filter({ hasText: summary }).waitFor();
      await expectNoSidewaysScroll(page, `group work (${width.name})`);
      await expectAccessible(page, `group work (${width.name})`);
      await page.close();
    }, 90_000);
  }
});
