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
import { caseFor } from "./support/api";

/*
 * Group work and monitoring inputs on screen (issue 20, decision 042): an officer records a training
 * session and an anonymous evaluation form, and an anonymised poor-practice note (text naming a
 * person is refused first). Linking who came (decision 047): only families the recorder works with,
 * never more attending than the number attending.
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

    it(`an officer links the families who came, and more attending than the number is shown at the number (${width.name})`, async () => {
      const stamp = `${width.name} ${Date.now().toString(36)}`;
      await caseFor(demo.officer2, `Ivy Quill ${stamp}`, `Rhea Quill ${stamp}`);
      await caseFor(demo.officer2, `Ned Quill ${stamp}`, `Tom Quill ${stamp}`);
      await caseFor(demo.officer, `Zoe Orchard ${stamp}`, `Sam Orchard ${stamp}`);
      const page = await newPage(browsers[width.name]!);
      await signIn(page, demo.officer2);
      await page.goto(`${baseUrl()}/group-work`);
      await page.getByRole("heading", { name: "Record a session" }).waitFor();
      const title = `Transitions evening ${stamp}`;
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Run by").fill("Priya Shah");
      await page.getByLabel("Number attending").fill("1");
      for (const name of [`Rhea Quill ${stamp}`, `Tom Quill ${stamp}`]) {
        await page.getByLabel("Find a family by name").fill(name);
        await page.getByRole("button", { name: `Add ${name}` }).click();
      }
      // A family the officer does not work with is not offered.
      await page.getByLabel("Find a family by name").fill(`Sam Orchard ${stamp}`);
      await page.getByText("No family you work with has that name.").waitFor();
      await page.getByLabel("Find a family by name").fill("");

      await page.getByRole("button", { name: "Record session" }).click();
      await page.locator("#session-count-error").waitFor();
      expect(await page.getByLabel("Number attending").getAttribute("aria-invalid")).toBe("true");
      await expectAccessible(page, `group work, attendees over the number (${width.name})`);

      await page.getByLabel(`Tom Quill ${stamp} attended`).uncheck();
      await page.getByRole("button", { name: "Record session" }).click();
      const session = page.getByTestId("group-session").filter({ hasText: title });
      await session.getByTestId("session-attendees").waitFor();
      expect(await session.getByTestId("session-attendees").textContent()).toContain(`Rhea Quill ${stamp}`);
      expect(await session.getByTestId("session-attendees").textContent()).toContain(`Tom Quill ${stamp} (did not come)`);
      await expectNoSidewaysScroll(page, `group work with attendees (${width.name})`);
      await expectAccessible(page, `group work with attendees (${width.name})`);
      await page.close();
    }, 90_000);
  }
});
