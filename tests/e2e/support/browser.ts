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

/** The two widths every screen is used at (issue 21): a phone between meetings, and a laptop. */
export const PHONE = { name: "phone", width: 390, height: 844 } as const;
export const DESK = { name: "desk", width: 1366, height: 768 } as const;
export type Width = typeof PHONE | typeof DESK;

/**
 * One isolated browser profile (its own sessionStorage and cookies), like a second person's
 * computer. Debian's chromium refuses --user-data-dir in args, so the profile goes via the API.
 * `headers` go with every request (a family's own address, for the public form's rate limit).
 */
export async function openBrowser(
  options: { viewport?: { width: number; height: number }; headers?: Record<string, string> } = {},
): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "sendiass-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: options.viewport ? { width: options.viewport.width, height: options.viewport.height } : { width: 1280, height: 860 },
    extraHTTPHeaders: options.headers,
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

/** Signs in on the shared API, or on `base` (a test's own API process, e.g. one with a mail server). */
export async function signIn(page: Page, email: string, base: string = baseUrl()): Promise<void> {
  await page.goto(`${base}/sign-in`);
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

/** Sets a page to one of the two widths (and that screen's height). */
export async function useWidth(page: Page, width: Width): Promise<void> {
  await page.setViewportSize({ width: width.width, height: width.height });
}

/**
 * Fails when the page scrolls sideways: the document wider than the window, or any element that
 * scrolls sideways inside it (a table in a scrolling box is still a table you scroll sideways).
 */
export async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > window.innerWidth) problems.push(`the page is ${root.scrollWidth} px wide in a ${window.innerWidth} px window`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const style = getComputedStyle(el);
      if ((style.overflowX === "auto" || style.overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1)
        problems.push(`<${el.tagName.toLowerCase()} class="${el.className}"> scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return problems;
  });
  expect(found, `sideways scrolling on ${screen}`).toEqual([]);
}

/**
 * Fails with a readable list when axe finds any violation of WCAG 2.2 A or AA, whatever its impact
 * (minor and moderate included; axe's best-practice rules are not enforced).
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const report = results.violations.map(
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
