import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, demo, expectAccessible, hasChromium, newPage, openBrowser, screenshot, signIn, type Browser } from "./support/browser";
import { sendSelfReferral } from "./support/referral-form";

/**
 * The acceptance journey of issue 5, in three browsers at once: a parent, the manager and the
 * officer. Uses one public form submission (the form allows 5 per address per 10 minutes).
 */
describe.skipIf(!hasChromium())("from a parent's form to the officer's first contact", () => {
  let parentBrowser: Browser;
  let managerBrowser: Browser;
  let officerBrowser: Browser;
  beforeAll(async () => {
    [parentBrowser, managerBrowser, officerBrowser] = await Promise.all([openBrowser(), openBrowser(), openBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([parentBrowser?.close(), managerBrowser?.close(), officerBrowser?.close()]);
  });

  it("a self-referral is triaged, allocated, accepted and answered, and the manager's countdown stops", async () => {
    const manager = await newPage(managerBrowser);
    await signIn(manager, demo.manager);
    await manager.getByTestId("queue-count").waitFor();
    await manager.getByTestId("connection-state").filter({ hasText: "Live" }).waitFor();
    await manager.evaluate(() => ((window as unknown as { untouched: boolean }).untouched = true));

    const officer = await newPage(officerBrowser);
    await signIn(officer, demo.officer);
    await officer.getByRole("heading", { level: 1, name: "My allocations" }).waitFor();
    await officer.getByTestId("allocations-summary").waitFor();
    await officer.getByTestId("connection-state").filter({ hasText: "Live" }).waitFor();
    await officer.evaluate(() => ((window as unknown as { untouched: boolean }).untouched = true));

    // The parent sends the public form.
    const parent = await newPage(parentBrowser);
    const { reference, sentAt } = await sendSelfReferral(parent, `${baseUrl()}/refer/demo`, {
      parent: "Hannah Price",
      child: "Theo Price",
    });

    // The manager's queue shows it within 2 seconds, without a reload.
    const row = manager.locator(`[data-testid="queue-row"][data-reference="${reference}"]`);
    await row.waitFor({ timeout: 2_000 });
    expect(Date.now() - sentAt).toBeLessThan(2_000);

    // Triage: eligible, level 2.
    await row.getByRole("link", { name: "Theo Price" }).click();
    await manager.getByRole("heading", { name: "Triage decision" }).waitFor();
    await manager.getByLabel("Eligible", { exact: true }).check();
    await manager.getByLabel(/Level 2: advice/).check();
    await manager.getByRole("button", { name: "Save triage decision" }).click();
    await manager.getByText("Triage decision saved").waitFor();

    // Allocate to Owen Hughes from the allocation panel.
    const panel = manager.getByTestId("allocation-panel");
    await panel.getByLabel(/Owen Hughes/).waitFor();
    expect(await panel.getByLabel(/Owen Hughes/).isDisabled()).toBe(false);
    await expectAccessible(manager, "referral with the allocation panel");
    await screenshot(manager, "16-manager-allocation-panel");
    await panel.getByLabel(/Owen Hughes/).check();
    await panel.getByRole("button", { name: "Allocate", exact: true }).click();
    await manager.getByTestId("allocation-status").filter({ hasText: "Waiting for Owen Hughes" }).waitFor();
    const countdown = manager.getByTestId("countdown").first();
    expect(await countdown.getAttribute("data-state")).toBe("running");

    // The officer's screen shows the allocation live, and the officer accepts it.
    const allocation = officer.locator(`[data-testid="allocation"][data-reference="${reference}"]`);
    await allocation.waitFor({ timeout: 3_000 });
    expect(await allocation.getAttribute("data-new")).toBe("true");
    expect(await officer.evaluate(() => (window as unknown as { untouched?: boolean }).untouched)).toBe(true);
    await expectAccessible(officer, "officer allocations with a new allocation");
    await screenshot(officer, "31-officer-new-allocation");
    await allocation.getByRole("button", { name: /^Accept/ }).click();
    await allocation.getByText(/^Accepted/).waitFor();
    await manager.getByTestId("allocation-status").filter({ hasText: "Accepted" }).waitFor({ timeout: 3_000 });

    // The officer opens the case and logs the first contact with the family.
    await allocation.getByRole("link", { name: `Open case ${reference}` }).click();
    await officer.getByRole("heading", { name: "Log an activity" }).waitFor();
    await officer.getByText("Logging the first one stops the response clock").waitFor();
    await officer.getByLabel("What was it?").selectOption("PHONE_CALL");
    expect(await officer.getByLabel(/A contact with the family/).isChecked()).toBe(true);
    await officer.getByLabel(/^Summary/).fill("First call with Hannah: explained how we can help with the EHC needs assessment request.");
    await officer.getByRole("button", { name: "Log activity" }).click();
    await officer.getByText("The response clock has stopped").waitFor();
    await officer.getByTestId("timeline-item").filter({ hasText: "First call with Hannah" }).waitFor();

    // The manager's countdown for that referral stops, live.
    await manager.locator('[data-testid="countdown"][data-state="stopped"]').first().waitFor({ timeout: 3_000 });
    expect(await manager.getByTestId("countdown").first().textContent()).toMatch(/^Responded/);
    expect(await manager.evaluate(() => (window as unknown as { untouched?: boolean }).untouched)).toBe(true);
    await screenshot(manager, "17-manager-referral-responded");
    await expectAccessible(officer, "officer case page");
    await screenshot(officer, "32-officer-case");

    // After a reload the manager still sees who holds it and can open the case.
    await manager.reload();
    await manager
      .getByTestId("allocation-status")
      .filter({ hasText: "Allocated to Owen Hughes" })
      .filter({ hasText: "Accepted" })
      .waitFor();
    await manager.getByTestId("allocation-status").getByRole("link", { name: "Open the case" }).waitFor();

    await Promise.all([parent.close(), manager.close(), officer.close()]);
  });
});
