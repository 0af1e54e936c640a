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
  useWidth,
  type Browser,
} from "./support/browser";
import { caseFor } from "./support/api";

const pdf = (words: string) => Buffer.from(`%PDF-1.4\n% ${words}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

describe.skipIf(!hasChromium())("documents on a case", () => {
  let browser: Browser;
  let kase: { caseId: string; referralId: string; reference: string };
  beforeAll(async () => {
    browser = await openBrowser({ viewport: { width: PHONE.width, height: PHONE.height } });
    kase = await caseFor(demo.officer, "Nia Documents", "Rhian Documents");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("an officer files a school report with the file button and a tribunal bundle by dropping it, at 390 px", async () => {
    const page = await newPage(browser);
    await useWidth(page, PHONE);
    await signIn(page, demo.officer);
    await page.goto(`${baseUrl()}/cases/${kase.caseId}`);
    const panel = page.getByTestId("documents-panel");
    await panel.getByRole("heading", { name: "Case documents" }).waitFor();
    await panel.getByText("No documents").waitFor();

    // The plain file button: a real file input behind its label, reachable from the keyboard.
    const input = panel.getByLabel("Choose files to file");
    await input.focus();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("file");
    await input.setInputFiles({ name: "School report.pdf", mimeType: "application/pdf", buffer: pdf("Oak Primary school report") });
    await panel.getByTestId("document-item").filter({ hasText: "School report.pdf" }).waitFor();

    // Drag and drop onto the zone.
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "Tribunal bundle.pdf", { type: "application/pdf" }));
      return dt;
    }, pdf("Tribunal bundle: appeal against section I").toString("latin1"));
    await panel.locator(".drop-zone").dispatchEvent("drop", { dataTransfer });
    await panel.getByTestId("document-item").filter({ hasText: "Tribunal bundle.pdf" }).waitFor();
    expect(await panel.getByTestId("document-item").count()).toBe(2);

    // An executable renamed .pdf is refused and nothing is added.
    await input.setInputFiles({
      name: "invoice.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(300, 0x90)]),
    });
    await panel.getByTestId("document-problem").filter({ hasText: "cannot be kept" }).waitFor();
    expect(await panel.getByTestId("document-item").count()).toBe(2);

    await expectNoSidewaysScroll(page, "case documents at 390 px");
    await expectAccessible(page, "case documents");
    await screenshot(page, "60-case-documents-phone");
    await page.close();
  });

  it("downloads, replaces with a new version, and voids with a reason, at desk width", async () => {
    const page = await newPage(browser);
    await useWidth(page, DESK);
    await signIn(page, demo.officer);
    await page.goto(`${baseUrl()}/cases/${kase.caseId}`);
    const panel = page.getByTestId("documents-panel");
    const report = panel.getByTestId("document-item").filter({ hasText: "School report.pdf" });
    await report.waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      report.getByRole("button", { name: "Download School report.pdf" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("School report.pdf");
    const { readFile } = await import("node:fs/promises");
    expect((await readFile((await download.path())!)).toString()).toContain("Oak Primary school report");

    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      report.getByRole("button", { name: /^Replace School report.pdf/ }).click(),
    ]);
    await chooser.setFiles({ name: "School report (signed).pdf", mimeType: "application/pdf", buffer: pdf("Signed school report") });
    const signed = panel.getByTestId("document-item").filter({ hasText: "School report (signed).pdf" });
    await signed.getByText("Version 2").waitFor();
    await signed.getByText("Earlier versions (1)").click();
    await signed.getByText(/Version 1: School report.pdf/).waitFor();

    const bundle = panel.getByTestId("document-item").filter({ hasText: "Tribunal bundle.pdf" });
    await bundle.getByRole("button", { name: "Void Tribunal bundle.pdf" }).click();
    await bundle.getByLabel("Why is Tribunal bundle.pdf voided?").fill("Superseded by the tribunal's own bundle");
    await bundle.getByRole("button", { name: "Void it" }).click();
    await bundle.waitFor({ state: "detached" });
    await panel.getByLabel("Show voided documents").check();
    await panel.getByTestId("document-item").filter({ hasText: "Superseded by the tribunal's own bundle" }).waitFor();

    await expectNoSidewaysScroll(page, "case documents at desk width");
    await expectAccessible(page, "case documents with versions and a voided document");
    await screenshot(page, "61-case-documents-desk");
    await page.close();
  });
});
