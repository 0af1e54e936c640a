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
import { caseFor, createReferral, graphqlRequest, tokenFor } from "./support/api";

/*
 * Service user conduct [003] on the case page (issue 20, decision 042): the officer records an
 * incident, a manager upholds it and records the day the warning letter went; a manager upholds a
 * family's second incident, which removes them (their case closes), and a new referral from them shows
 * the manager a warning in triage.
 */

describe.skipIf(!hasChromium())("conduct incidents on the case page", () => {
  const widths: Width[] = [PHONE, DESK];
  const browsers: Partial<Record<Width["name"], Browser>> = {};
  beforeAll(async () => {
    for (const w of widths) browsers[w.name] = await openBrowser({ viewport: w });
  });
  afterAll(async () => {
    await Promise.all(Object.values(browsers).map((b) => b?.close()));
  });

  for (const width of widths) {
    it(`an officer records an incident; a manager upholds it as a warning and records the letter (${width.name})`, async () => {
      const { caseId } = await caseFor(demo.officer2, `Kit Marsh ${width.name}`, "Lee Marsh");
      const page = await newPage(browsers[width.name]!);
      await signIn(page, demo.officer2);
      await page.goto(`${baseUrl()}/cases/${caseId}`);
      await page.getByRole("heading", { name: "Log an activity" }).waitFor();
      await page.getByText("Record a conduct incident").click();
      await page.getByRole("button", { name: "Record incident" }).click();
      await page.locator("#conduct-what-error").waitFor();
      await page.getByLabel("What happened").fill("Shouted abuse at the officer on the phone.");
      await page.getByRole("button", { name: "Record incident" }).click();
      await page
        .getByRole("form", { name: "Record a conduct incident" })
        .getByText("Incident recorded. A manager will review it.")
        .waitFor();
      const section = page.getByRole("region", { name: "Conduct" });
      await section.getByText("Awaiting a manager's review").waitFor();
      expect(await section.getByRole("button", { name: "Save review" }).count()).toBe(0);
      await expectAccessible(page, `case page, conduct incident recorded (${width.name})`);
      await page.close();

      const manager = await newPage(browsers[width.name]!);
      await signIn(manager, demo.manager);
      await manager.goto(`${baseUrl()}/cases/${caseId}`);
      const conduct = manager.getByRole("region", { name: "Conduct" });
      await conduct.getByRole("button", { name: "Save review" }).waitFor();
      await conduct.getByLabel("Uphold: send a warning letter").check();
      await conduct.getByRole("button", { name: "Save review" }).click();
      await conduct.getByRole("button", { name: "Record letter sent" }).waitFor();
      await conduct.getByRole("button", { name: "Record letter sent" }).click();
      await conduct.getByText(/Warning letter · letter sent/).waitFor();
      await expectNoSidewaysScroll(manager, `case page, conduct reviewed (${width.name})`);
      await expectAccessible(manager, `case page, conduct reviewed (${width.name})`);
      await manager.close();
    }, 90_000);

    it(`a manager upholds a second incident: the family is removed, and their new referral is flagged in triage (${width.name})`, async () => {
      const stamp = `${width.name} ${Date.now().toString(36)}`;
      const parent = `Jo Vale ${stamp}`;
      const { caseId } = await caseFor(demo.officer2, `Kai Vale ${stamp}`, parent);
      const officer = await tokenFor(demo.officer2);
      const managerToken = await tokenFor(demo.manager);
      const record = (description: string) =>
        graphqlRequest<{ recordConductIncident: { id: string } }>(
          `mutation($input: RecordConductIncidentInput!) { recordConductIncident(input: $input) { id } }`,
          { input: { caseId, occurredOn: new Date().toISOString().slice(0, 10), description } },
          officer,
        );
      const first = await record("Swore at the officer on the phone.");
      await graphqlRequest(
        `mutation($input: ReviewConductIncidentInput!) { reviewConductIncident(input: $input) { id } }`,
        { input: { incidentId: first.recordConductIncident.id, decision: "UPHOLD", note: "Call heard." } },
        managerToken,
      );
      await record("Threatened the officer at the school meeting.");

      const manager = await newPage(browsers[width.name]!);
      await signIn(manager, demo.manager);
      await manager.goto(`${baseUrl()}/cases/${caseId}`);
      const conduct = manager.getByRole("region", { name: "Conduct" });
      await conduct.getByLabel("Uphold: remove the family from the service").check();
      await conduct.getByRole("button", { name: "Save review" }).click();
      await conduct.getByText("Say where the family is signposted").first().waitFor();
      await expectAccessible(manager, `case page, removal needs signposting (${width.name})`);
      await conduct.getByLabel("Signposted to").fill("IPSEA advice line");
      await conduct.getByRole("button", { name: "Save review" }).click();
      await conduct.getByText(/signposted to IPSEA advice line/).waitFor();
      await manager.locator("#case-facts .tag").filter({ hasText: "Closed" }).waitFor();
      await expectAccessible(manager, `case page, family removed (${width.name})`);

      // The family comes back: the same parent, the same phone.
      const again = await createReferral(managerToken, { channel: "HELPLINE", child: `Kai Vale ${stamp}`, parent });
      await manager.goto(`${baseUrl()}/triage/${again.id}`);
      await manager.getByText(/This may be a family removed from the service for conduct/).waitFor();
      expect(await manager.getByRole("note").textContent()).toContain("matched on");
      await expectNoSidewaysScroll(manager, `triage, removed family flagged (${width.name})`);
      await expectAccessible(manager, `triage, removed family flagged (${width.name})`);
      await manager.close();
    }, 120_000);
  }
});
