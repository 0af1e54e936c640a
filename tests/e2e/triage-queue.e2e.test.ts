import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, demo, expectAccessible, hasChromium, newPage, openBrowser, screenshot, signIn, type Browser } from "./support/browser";
import { createReferral, tokenFor } from "./support/api";
import { sendSelfReferral } from "./support/referral-form";
import type { WebSocketRoute } from "playwright-core";

describe.skipIf(!hasChromium())("triage queue", () => {
  let parentBrowser: Browser;
  let managerBrowser: Browser;
  beforeAll(async () => {
    [parentBrowser, managerBrowser] = await Promise.all([openBrowser(), openBrowser()]);
    // A queue with some history, so the screen shows what a real morning looks like.
    const token = await tokenFor(demo.manager);
    await createReferral(token, { channel: "ANSWERPHONE", child: "Maisie Turner", parent: "Dawn Turner", hoursAgo: 100 });
    await createReferral(token, {
      channel: "HELPLINE",
      child: "Oliver Grant",
      parent: "Kim Grant",
      hoursAgo: 26,
      keyDate: { kind: "TRIBUNAL", inDays: 9 },
    });
    await createReferral(token, { channel: "EMAIL", child: "Ruby Okafor", parent: "Ada Okafor", hoursAgo: 3, safeguarding: true });
    await createReferral(token, { channel: "LETTER", child: "Maisie Turner", parent: "Dawn Turner", hoursAgo: 1 });
  });
  afterAll(async () => {
    await Promise.all([parentBrowser?.close(), managerBrowser?.close()]);
  });

  it("a manager's queue shows a new self-referral within 2 seconds without reload", async () => {
    const manager = await newPage(managerBrowser);
    await signIn(manager, demo.manager);
    await manager.getByTestId("queue-count").waitFor();
    await manager.getByTestId("connection-state").filter({ hasText: "Live" }).waitFor();
    // Survives only if the page is never reloaded.
    await manager.evaluate(() => ((window as unknown as { untouched: boolean }).untouched = true));

    const parent = await newPage(parentBrowser);
    const { reference, sentAt } = await sendSelfReferral(parent, `${baseUrl()}/refer/demo`, { parent: "Priya Shah", child: "Arjun Shah" });

    const row = manager.locator(`[data-testid="queue-row"][data-reference="${reference}"]`);
    await row.waitFor({ timeout: 2_000 });
    expect(Date.now() - sentAt).toBeLessThan(2_000);
    expect(await manager.evaluate(() => (window as unknown as { untouched?: boolean }).untouched)).toBe(true);

    expect(await row.getAttribute("data-new")).toBe("true");
    const text = (await row.textContent()) ?? "";
    expect(text).toContain("Arjun Shah");
    expect(text).toContain("Web form");
    expect(text).toMatch(/excluded|school place/i);
    expect(text).toContain("Large print");
    await row.getByTestId("countdown").waitFor();

    await expectAccessible(manager, "manager triage queue with a new referral");
    await screenshot(manager, "13-manager-triage-queue-live");
    await parent.close();
    await manager.close();
  });

  it("catches up on a referral that arrived while the live connection was down", async () => {
    const manager = await newPage(managerBrowser);
    let down = false;
    const open: WebSocketRoute[] = [];
    await manager.routeWebSocket(/\/graphql$/, (ws) => {
      if (down) {
        // 1012 "service restart": the client must treat it as temporary and retry.
        void ws.close({ code: 1012, reason: "API restarting" });
        return;
      }
      ws.connectToServer();
      open.push(ws);
    });
    await signIn(manager, demo.manager);
    await manager.getByTestId("queue-count").waitFor();
    const live = manager.getByTestId("connection-state").filter({ hasText: "Live" });
    await live.waitFor();

    down = true;
    await Promise.all(open.splice(0).map((ws) => ws.close({ code: 1012, reason: "API restarting" })));
    await manager.getByTestId("connection-state").filter({ hasText: "Reconnecting" }).waitFor();
    await screenshot(manager, "14-manager-reconnecting");

    const missed = await createReferral(await tokenFor(demo.manager), {
      channel: "IN_PERSON",
      child: "Noah Bennett",
      parent: "Chris Bennett",
    });
    const row = manager.locator(`[data-testid="queue-row"][data-reference="${missed.reference}"]`);
    await manager.waitForTimeout(500);
    expect(await row.count()).toBe(0);

    down = false;
    await live.waitFor({ timeout: 20_000 });
    await row.waitFor({ timeout: 5_000 });
    await manager.close();
  });

  it("a manager triages a referral and the queue open in another browser updates live", async () => {
    const watcher = await newPage(managerBrowser);
    await signIn(watcher, demo.manager);
    const row = watcher.locator('[data-testid="queue-row"]').filter({ hasText: "Oliver Grant" });
    await row.waitFor();
    await watcher.getByTestId("connection-state").filter({ hasText: "Live" }).waitFor();

    const deciding = await newPage(parentBrowser);
    await signIn(deciding, demo.manager);
    await deciding.getByRole("link", { name: "Oliver Grant" }).click();
    await deciding.getByRole("heading", { name: "Triage decision" }).waitFor();
    await deciding.getByText("Tribunal in 9 days").first().waitFor();
    await expectAccessible(deciding, "referral detail");
    await screenshot(deciding, "15-manager-referral-detail");

    await deciding.getByRole("button", { name: "Save triage decision" }).click();
    await deciding.getByText("There is a problem").waitFor();
    await deciding.getByLabel("Eligible", { exact: true }).check();
    await deciding.getByLabel(/Level 3: support/).check();
    await deciding.getByLabel("Override priority (optional)").fill("60");
    await deciding.getByRole("button", { name: "Save triage decision" }).click();
    await deciding.getByText("Give a reason for overriding the priority").first().waitFor();
    await deciding.getByLabel("Reason for the override").fill("Tribunal bundle due next week");
    await deciding.getByRole("button", { name: "Save triage decision" }).click();
    await deciding.getByText("Triage decision saved").waitFor();

    await row.filter({ hasText: "Level 3" }).waitFor({ timeout: 2_000 });
    expect(await row.textContent()).toContain("Triaged");
    expect(await row.textContent()).toContain("60");
    await deciding.close();
    await watcher.close();
  });
});
