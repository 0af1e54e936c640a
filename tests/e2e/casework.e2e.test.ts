import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, demo, expectAccessible, hasChromium, newPage, openBrowser, screenshot, signIn, type Browser } from "./support/browser";
import { createReferral, graphqlRequest, tokenFor, triageEligible } from "./support/api";

describe.skipIf(!hasChromium())("allocation, the pool and casework", () => {
  let managerBrowser: Browser;
  let officerBrowser: Browser;
  let referral: { id: string; reference: string };
  let caseId = "";
  beforeAll(async () => {
    [managerBrowser, officerBrowser] = await Promise.all([openBrowser(), openBrowser()]);
    const token = await tokenFor(demo.manager);
    referral = await createReferral(token, {
      channel: "HELPLINE",
      child: "Isaac Morgan",
      parent: "Leah Morgan",
      hoursAgo: 5,
      keyDate: { kind: "TRIBUNAL", inDays: 20 },
    });
    await triageEligible(token, referral.id, 4);
  });
  afterAll(async () => {
    await Promise.all([managerBrowser?.close(), officerBrowser?.close()]);
  });

  it("lists staff who cannot take a level 4 referral with the reason, and cannot select them", async () => {
    const manager = await newPage(managerBrowser);
    await signIn(manager, demo.manager);
    await manager.goto(`${baseUrl()}/triage/${referral.id}`);
    const panel = manager.getByTestId("allocation-panel");
    const vera = panel.getByTestId("staff-choice").filter({ hasText: "Vera Lewis" });
    await vera.waitFor();
    expect(await vera.getByRole("radio").isDisabled()).toBe(true);
    expect(await vera.textContent()).toMatch(/Cannot take it: .*level 4/);
    const owen = panel.getByTestId("staff-choice").filter({ hasText: "Owen Hughes" });
    expect(await owen.getByRole("radio").isDisabled()).toBe(false);
    // Steering and admin accounts never hold cases, so they are not offered at all.
    expect(await panel.getByText("Sam Okafor").count()).toBe(0);

    await panel.getByRole("button", { name: "Allocate", exact: true }).click();
    await panel.getByText("Choose who should take this referral").waitFor();

    await panel.getByRole("button", { name: "Publish to pool" }).click();
    await manager.getByText("Published to the pool").waitFor();
    await panel.getByText("This referral is in the pool").waitFor();
    await manager.close();
  });

  it("a trained officer claims the referral from the pool and lands on the case", async () => {
    const officer = await newPage(officerBrowser);
    await signIn(officer, demo.officer);
    const row = officer.locator(`[data-testid="pool-row"][data-reference="${referral.reference}"]`);
    await row.waitFor();
    await expectAccessible(officer, "officer allocations with the pool");
    await screenshot(officer, "35-officer-pool");
    await row.getByRole("button", { name: /^Claim/ }).click();
    await officer.getByRole("heading", { level: 1, name: /Isaac Morgan/ }).waitFor();
    caseId = new URL(officer.url()).pathname.split("/").pop()!;
    expect(caseId).toMatch(/\S+/);
    await officer.getByText("Tribunal").first().waitFor();
    await officer.close();
  });

  it("an officer records consent, books a meeting, records its outcome and closes the case, seeing the evaluation code once", async () => {
    const officer = await newPage(officerBrowser);
    await signIn(officer, demo.officer);
    await officer.goto(`${baseUrl()}/cases/${caseId}`);
    await officer.getByRole("heading", { name: "Log an activity" }).waitFor();

    // A professional contact needs a consent first.
    await officer.getByText("Record consent to speak to someone").click();
    await officer.getByLabel("Who may we speak to?").fill("Ms Patel, SENCo");
    await officer.getByLabel("Organisation (optional)").fill("Oak Primary School");
    await officer.getByLabel("What may be shared with them?").fill("The tribunal bundle and the school's provision map.");
    await officer.getByRole("button", { name: "Record consent" }).click();
    const consent = officer.getByTestId("consent").filter({ hasText: "Ms Patel, SENCo" });
    await consent.waitFor();
    expect(await consent.textContent()).toMatch(/Current.*by the parent or carer.*review by.*May share: The tribunal bundle/);

    await officer.getByLabel("What was it?").selectOption("PROFESSIONAL_CONTACT");
    await officer.getByLabel("Consent relied on").selectOption({ label: "Ms Patel, SENCo, Oak Primary School" });
    await officer.getByLabel(/^Summary/).fill("Called the SENCo about the tribunal bundle.");
    await officer.getByRole("button", { name: "Log activity" }).click();
    await officer.getByTestId("timeline-item").filter({ hasText: "Called the SENCo" }).waitFor();

    await officer.getByText("Book a meeting").click();
    await officer.getByLabel("What is the meeting?").fill("Annual review");
    const soon = new Date(Date.now() - 2 * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    await officer
      .getByLabel("Date and time")
      .fill(`${soon.getFullYear()}-${pad(soon.getMonth() + 1)}-${pad(soon.getDate())}T${pad(soon.getHours())}:${pad(soon.getMinutes())}`);
    // The family told us on the meeting's own day (two hours ago may be yesterday, just after midnight).
    await officer.getByLabel("Family told us on").fill(`${soon.getFullYear()}-${pad(soon.getMonth() + 1)}-${pad(soon.getDate())}`);
    await officer.getByRole("button", { name: "Book meeting" }).click();
    const meeting = officer.getByTestId("meeting").filter({ hasText: "Annual review" });
    await meeting.waitFor();
    await meeting.getByText("Record what happened").click();
    await meeting.getByLabel(/^Attended/).check();
    await meeting.getByLabel("Key points").fill("School agreed to a new provision map.");
    await meeting.getByRole("button", { name: "Record outcome" }).click();
    await meeting.getByText("Attended", { exact: true }).waitFor();
    await meeting.getByText(/follow-up review due/).waitFor();
    await expectAccessible(officer, "case page with consent, contact and meeting");
    await screenshot(officer, "33-officer-case-record");

    await officer.getByText("Close the case").click();
    await officer.getByLabel("Why is the case closing?").selectOption("OUTCOME_ACHIEVED");
    await officer.getByRole("button", { name: "Close case…" }).click();
    await officer.getByRole("button", { name: "Yes, close the case" }).click();
    const token = officer.getByTestId("evaluation-token");
    await token.waitFor();
    expect((await token.textContent())!.trim().length).toBeGreaterThan(8);
    await officer.getByText("This is the only time it is shown").waitFor();
    await expectAccessible(officer, "closed case with the evaluation code");
    await screenshot(officer, "34-officer-case-closed");

    // Shown once: opening the case again does not show it.
    await officer.reload();
    await officer.getByRole("heading", { name: "Timeline" }).waitFor();
    expect(await officer.getByTestId("evaluation-token").count()).toBe(0);
    await officer.close();
  });

  it("a safeguarding concern appears on every manager screen as a banner until acknowledged", async () => {
    const manager = await newPage(managerBrowser);
    // Its list is read in the background: marked so, it never keeps an unattended session alive.
    const listReads: (string | undefined)[] = [];
    manager.on("request", (request) => {
      if (request.postData()?.includes("UnacknowledgedSafeguardingConcerns")) listReads.push(request.headers()["x-sendiass-background"]);
    });
    await signIn(manager, demo.manager);
    await manager.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
    await manager.getByTestId("team-row").first().waitFor();
    await manager.getByTestId("connection-state").filter({ hasText: "Live" }).waitFor();

    const officerToken = await tokenFor(demo.officer);
    const mine = await graphqlRequest<{ myAllocations: { edges: { node: { caseId: string; current: boolean } }[] } }>(
      "{ myAllocations(first: 50) { edges { node { caseId current } } } }",
      {},
      officerToken,
    );
    const open = mine.myAllocations.edges.find((e) => e.node.current && e.node.caseId !== caseId)!;
    await graphqlRequest(
      "mutation($input: RaiseSafeguardingConcernInput!) { raiseSafeguardingConcern(input: $input) { id } }",
      { input: { caseId: open.node.caseId, summary: "Child said they are frightened to go home." } },
      officerToken,
    );

    const banner = manager.getByTestId("safeguarding-banner").filter({ hasText: "frightened to go home" });
    await banner.waitFor({ timeout: 3_000 });
    expect(await banner.getByRole("alert").textContent()).toContain("Raised by Owen Hughes");
    await expectAccessible(manager, "team screen with a safeguarding alert");
    await screenshot(manager, "18-manager-safeguarding-alert");

    // It follows the manager to the other screens, and survives a reload (read from the server,
    // long before it would count as overdue).
    await manager.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overdue" }).click();
    await manager.getByTestId("overdue-count").waitFor();
    await banner.waitFor();
    await manager.reload();
    await manager.getByTestId("overdue-count").waitFor();
    await banner.waitFor({ timeout: 5_000 });
    expect(await banner.getByRole("alert").textContent()).toContain("frightened to go home");
    expect(listReads.length).toBeGreaterThan(0);
    expect(listReads.every((h) => h === "1")).toBe(true);

    await banner.getByRole("button", { name: "Acknowledge" }).click();
    await banner.getByRole("button", { name: "Record acknowledgement" }).click();
    await banner.getByText("Record what you decided before acknowledging").waitFor();
    await banner.getByLabel("What did you decide?").fill("Spoke to Owen; referred to children's services the same day.");
    await banner.getByRole("button", { name: "Record acknowledgement" }).click();
    await banner.waitFor({ state: "detached" });
    await manager.close();
  });
});
