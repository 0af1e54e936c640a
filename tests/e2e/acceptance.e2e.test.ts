import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  baseUrl,
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
import { sendSelfReferral } from "./support/referral-form";

/** Every step's screen: no sideways scrolling and nothing for axe, at the width the journey runs at. */
async function fits(page: Page, step: string): Promise<void> {
  await expectNoSidewaysScroll(page, step);
  await expectAccessible(page, step);
}

/**
 * The acceptance journey of issues 5 and 21, in four browsers at once: a parent, the manager, the
 * officer and a steering group member, all at a phone's width and then all at a laptop's. One public
 * form submission per width, each from its own address (the form allows 5 per address per 10 minutes).
 */
describe.skipIf(!hasChromium())("from a parent's form to the steering group's figures", () => {
  describe.each([
    { ...PHONE, family: { parent: "Hannah Price", child: "Theo Price" }, address: "203.0.113.21" },
    { ...DESK, family: { parent: "Grace Ellis", child: "Noah Ellis" }, address: "203.0.113.22" },
  ])("at $name width", (width) => {
    let parentBrowser: Browser;
    let managerBrowser: Browser;
    let officerBrowser: Browser;
    let steeringBrowser: Browser;
    beforeAll(async () => {
      [parentBrowser, managerBrowser, officerBrowser, steeringBrowser] = await Promise.all([
        openBrowser({ viewport: width, headers: { "x-forwarded-for": width.address } }),
        openBrowser({ viewport: width }),
        openBrowser({ viewport: width }),
        openBrowser({ viewport: width }),
      ]);
    });
    afterAll(async () => {
      await Promise.all([parentBrowser?.close(), managerBrowser?.close(), officerBrowser?.close(), steeringBrowser?.close()]);
    });

    it("a self-referral is triaged, allocated, accepted and answered, the manager's countdown stops, and steering sees the figures", async () => {
      const { family } = width;
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
      const { reference, sentAt } = await sendSelfReferral(parent, `${baseUrl()}/refer/demo`, family);
      await fits(parent, `parent's receipt (${width.name})`);
      await screenshot(parent, `90-journey-parent-receipt-${width.name}`);

      // The manager's queue shows it within 2 seconds, without a reload, and the manager sees it
      // without scrolling: the row itself, or the note about a new arrival below the fold.
      const row = manager.locator(`[data-testid="queue-row"][data-reference="${reference}"]`);
      await row.waitFor({ timeout: 2_000 });
      expect(Date.now() - sentAt).toBeLessThan(2_000);
      const seen = await manager.evaluate((ref) => {
        const inView = (el: Element | null) => {
          const box = el?.getBoundingClientRect();
          return Boolean(box && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight);
        };
        const cue = document.querySelector('[data-testid="new-arrival-cue"]');
        return (
          inView(document.querySelector(`[data-testid="queue-row"][data-reference="${ref}"]`)) ||
          Boolean(cue?.textContent?.includes(ref) || (cue && inView(cue)))
        );
      }, reference);
      expect(seen).toBe(true);
      await fits(manager, `manager's queue with the new referral (${width.name})`);
      await screenshot(manager, `91-journey-queue-${width.name}`);

      // Triage: eligible, level 2.
      await row.getByRole("link", { name: family.child }).click();
      await manager.getByRole("heading", { name: "Triage decision" }).waitFor();
      await fits(manager, `referral to triage (${width.name})`);
      await manager.getByLabel("Eligible", { exact: true }).check();
      await manager.getByLabel(/Level 2: advice/).check();
      await manager.getByRole("button", { name: "Save triage decision" }).click();
      await manager.getByText("Triage decision saved").waitFor();

      // Allocate to Owen Hughes from the allocation panel, right below the confirmation.
      const panel = manager.getByTestId("allocation-panel");
      await panel.getByLabel(/Owen Hughes/).waitFor();
      expect(await panel.getByLabel(/Owen Hughes/).isDisabled()).toBe(false);
      await manager.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === "radio");
      await fits(manager, `referral with the allocation panel (${width.name})`);
      await screenshot(manager, `92-journey-allocation-panel-${width.name}`);
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
      await fits(officer, `officer's allocations with a new allocation (${width.name})`);
      await screenshot(officer, `93-journey-officer-new-allocation-${width.name}`);
      await allocation.getByRole("button", { name: /^Accept/ }).click();
      await allocation.getByText(/^Accepted/).waitFor();
      await manager.getByTestId("allocation-status").filter({ hasText: "Accepted" }).waitFor({ timeout: 3_000 });

      // The officer opens the case and logs the first contact with the family.
      await allocation.getByRole("link", { name: `Open case ${reference}` }).click();
      await officer.getByRole("heading", { name: "Log an activity" }).waitFor();
      await officer.getByText("Logging the first one stops the response clock").waitFor();
      await fits(officer, `officer's case (${width.name})`);
      await officer.getByLabel("What was it?").selectOption("PHONE_CALL");
      expect(await officer.getByLabel(/A contact with the family/).isChecked()).toBe(true);
      await officer
        .getByLabel(/^Summary/)
        .fill(`First call with ${family.parent.split(" ")[0]}: explained how we can help with the EHC needs assessment request.`);
      await officer.getByRole("button", { name: "Log activity" }).click();
      await officer.getByText("The response clock has stopped").waitFor();
      await officer.getByTestId("timeline-item").filter({ hasText: "First call with" }).first().waitFor();
      await screenshot(officer, `94-journey-officer-case-${width.name}`);

      // The manager's countdown for that referral stops, live.
      await manager.locator('[data-testid="countdown"][data-state="stopped"]').first().waitFor({ timeout: 3_000 });
      expect(await manager.getByTestId("countdown").first().textContent()).toMatch(/^Responded/);
      expect(await manager.evaluate(() => (window as unknown as { untouched?: boolean }).untouched)).toBe(true);
      await fits(manager, `referral, responded (${width.name})`);

      // After a reload the manager still sees who holds it and can open the case.
      await manager.reload();
      await manager
        .getByTestId("allocation-status")
        .filter({ hasText: "Allocated to Owen Hughes" })
        .filter({ hasText: "Accepted" })
        .waitFor();
      await manager.getByTestId("allocation-status").getByRole("link", { name: "Open the case" }).waitFor();

      // A steering group member sees protected figures for whole ended months (decision 028): this
      // referral reaches them once the month is over; "this month so far" is a manager's view only.
      const steering = await newPage(steeringBrowser);
      await signIn(steering, demo.steering);
      const periods = steering.getByLabel("Period", { exact: true });
      expect(await periods.locator('option[value="sofar"]').count()).toBe(0);
      await periods.selectOption("month");
      await steering.getByTestId("period-label").filter({ hasText: "compared with" }).waitFor();
      const channel = steering.getByTestId("breakdown").filter({ hasText: "Referrals by channel" });
      await channel.getByRole("rowheader", { name: /Web form/ }).waitFor();
      await steering.waitForLoadState("networkidle");
      await fits(steering, `steering statistics (${width.name})`);
      await screenshot(steering, `95-journey-steering-statistics-${width.name}`);

      await Promise.all([parent.close(), manager.close(), officer.close(), steering.close()]);
    }, 90_000);
  });
});
