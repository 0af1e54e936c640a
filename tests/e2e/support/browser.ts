import AxeBuilder from "@axe-core/playwright";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { expect, inject } from "vitest";
import { ARTIFACTS, CHROMIUM_PATH } from "./paths";

export const baseUrl = () => inject("baseUrl");
export const hasChromium = () => inject("chromium");

export const DEMO_PASSWORD = "demo-password-2026";
export const demo = {
  manager: "manager@demo.sendiass.test",
  officer: "officer@demo.sendiass.test",
  officer2: "officer2@demo.sendiass.test",
  volunteer: "volunteer@demo.sendiass.test",
  steering: "steering@demo.sendiass.test",
  admin: "admin@demo.sendiass.test",
} as const;

export type Browser = { context: BrowserContext; close: () => Promise<void> };

/**
 * One isolated browser profile (its own sessionStorage and cookies), like a second person's
 * computer. Debian's chromium refuses --user-data-dir in args, so the profile goes via the API.
 */
export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "sendiass-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 860 },
    locale: "en-GB",
    timezoneId: "Europe/London",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-quic",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl()}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
}

export async function navLabels(page: Page): Promise<string[]> {
  const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  return (await links.allTextContents()).map((s) => s.trim());
}

/** Fails with a readable list when axe finds a serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = bad.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join("\n    ")}`,
  );
  expect(report, `axe violations on ${screen}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // Evidence, not an assertion: a full-page capture took over Playwright's 10 s once on a busy 2-core machine.
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true, timeout: 30_000 });
}
