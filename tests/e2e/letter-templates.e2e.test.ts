import { readFile } from "node:fs/promises";
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
import { createReferral, tokenFor } from "./support/api";
import { pdfText } from "../support/pdf-text";

/** Each width edits a different letter, so the two runs do not read each other's saved wording. */
const EDITS = {
  phone: { kind: "CONSENT_TO_SHARE", title: "Consent to share form", wording: "Easy read" },
  desk: { kind: "SIGNPOSTING", title: "Signposting letter", wording: "Standard" },
} as const;

describe.skipIf(!hasChromium())("letter templates and letters before a case", () => {
  describe.each([PHONE, DESK])("at $name width", (width) => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ viewport: width });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("a manager words a letter with placeholders inserted by mouse and keyboard, is told about an unknown one at the text, previews it in large print and saves it", async () => {
      const edit = EDITS[width.name];
      const page = await newPage(browser);
      await signIn(page, demo.manager);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Letter templates" }).click();
      const form = page.getByRole("form", { name: "Letter wording" });
      await form.getByLabel("Which letter?").selectOption(edit.kind);
      await form.getByRole("radio", { name: new RegExp(`^${edit.wording}`) }).check();
      const text = form.getByLabel("The letter");
      await expectNoSidewaysScroll(page, `letter templates at ${width.name}`);
      await expectAccessible(page, `letter templates at ${width.name}`);

      // The mouse: the placeholder goes where the cursor is, and the cursor comes back after it.
      await text.fill("Hello ");
      await text.press("End");
      await page.getByRole("button", { name: "{{family.name}}" }).click();
      expect(await text.inputValue()).toBe("Hello {{family.name}}");
      await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA");
      await page.keyboard.type(", about ");
      // The keyboard: a placeholder button is an ordinary button, pressed with Enter.
      await page.getByRole("button", { name: "{{child.name}}" }).focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA");
      await page.keyboard.type(". Call {{service.phone}}. {{family.nmae}}");
      expect(await text.inputValue()).toBe("Hello {{family.name}}, about {{child.name}}. Call {{service.phone}}. {{family.nmae}}");

      // An unknown placeholder: refused by the server and shown at the text, nothing saved.
      await form.getByRole("button", { name: "Save this wording" }).click();
      await form.locator(".error-message").filter({ hasText: "Unknown placeholder {{family.nmae}}" }).waitFor();
      expect(await text.getAttribute("aria-invalid")).toBe("true");
      await expectAccessible(page, `letter template refused at ${width.name}`);
      // Choosing another letter with unsaved changes asks first; saying no keeps the letter and the text.
      const asked = new Promise<string>((resolve) =>
        page.once("dialog", (dialog) => {
          resolve(dialog.message());
          void dialog.dismiss();
        }),
      );
      await form.getByLabel("Which letter?").selectOption("CLOSURE");
      expect(await asked).toContain("without saving");
      expect(await form.getByLabel("Which letter?").inputValue()).toBe(edit.kind);
      expect(await text.inputValue()).toContain("{{family.nmae}}");

      await text.fill("Hello {{family.name}}, about {{child.name}}. Call {{service.phone}}.");
      await form.getByRole("checkbox", { name: "Preview in large print (18 point)" }).check();
      const answer = page.waitForResponse((r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes("letterPreview"));
      await form.getByRole("button", { name: "Preview with sample values" }).click();
      const body = (await (await answer).json()) as { data: { letterPreview: { pdf: string } } };
      const preview = page.getByTestId("letter-preview");
      await preview.getByRole("heading", { name: /large print/ }).waitFor();
      await preview.getByText("Hello Ms Sample Parent, about Sam Sample. Call 01234 567890.").waitFor();
      const pdf = pdfText(Buffer.from(body.data.letterPreview.pdf, "base64"));
      expect(pdf.text).toContain("Hello Ms Sample Parent, about Sam Sample.");
      expect(Math.min(...pdf.fontSizes)).toBeGreaterThanOrEqual(16);
      expect(await text.getAttribute("aria-invalid")).toBeNull();
      await expectNoSidewaysScroll(page, `letter preview at ${width.name}`);
      await expectAccessible(page, `letter preview at ${width.name}`);
      await screenshot(page, `letter-template-${width.name}`);

      await form.getByRole("button", { name: "Save this wording" }).click();
      await form.getByText("Letters made from now on use this wording.").waitFor();
      await page.reload();
      await page.getByRole("form", { name: "Letter wording" }).getByLabel("Which letter?").selectOption(edit.kind);
      await form.getByRole("radio", { name: new RegExp(`^${edit.wording}`) }).check();
      await form.getByTestId("template-origin").filter({ hasText: "saved by" }).waitFor();
      expect(await form.getByLabel("The letter").inputValue()).toBe("Hello {{family.name}}, about {{child.name}}. Call {{service.phone}}.");

      // Back to the default wording, after saying yes; the demo service's letters are as they were.
      const confirmed = new Promise<string>((resolve) =>
        page.once("dialog", (dialog) => {
          resolve(dialog.message());
          void dialog.accept();
        }),
      );
      await form.getByRole("button", { name: "Use the default wording" }).click();
      expect(await confirmed).toContain("back to the default wording");
      await form.getByText("Letters made from now on use the default wording.").waitFor();
      await form.getByTestId("template-origin").filter({ hasText: "The default wording" }).waitFor();
      expect(await form.getByLabel("The letter").inputValue()).not.toContain("Hello {{family.name}}");
      expect(await form.getByRole("button", { name: "Use the default wording" }).count()).toBe(0);
      await expectAccessible(page, `letter template back to the default at ${width.name}`);
      await page.close();
    }, 90_000);

    it("a manager sends an acknowledgement from a referral not yet allocated, filed in the referral's documents", async () => {
      const parent = `Nia Acknowledged ${width.name}`;
      const referral = await createReferral(await tokenFor(demo.manager), {
        channel: "EMAIL",
        child: `Cai Acknowledged ${width.name}`,
        parent,
      });
      const page = await newPage(browser);
      await signIn(page, demo.manager);
      await page.goto(`${baseUrl()}/triage/${referral.id}`);
      await page.getByText("Send a letter").click();
      const form = page.getByTestId("send-letter");
      const choices = await form.getByLabel("Which letter?").locator("option").allTextContents();
      // Only the letters that make sense before a case: no appointment, no closure.
      expect(choices.sort()).toEqual(["Acknowledgement letter", "Consent to share form", "Signposting letter"]);
      await form.getByLabel("Which letter?").selectOption("ACKNOWLEDGEMENT");
      await form.getByRole("button", { name: "Make the letter" }).click();
      await form.getByTestId("letter-done").filter({ hasText: "filed in the referral documents" }).waitFor();
      const filed = page.getByTestId("documents-panel").getByTestId("document-item").filter({ hasText: "Acknowledgement letter" });
      await filed.waitFor();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        filed.getByRole("button", { name: /^Download Acknowledgement letter/ }).click(),
      ]);
      const { text } = pdfText(await readFile((await download.path())!));
      expect(text).toContain(`Dear ${parent},`);
      expect(text).toContain(referral.reference);
      expect(text.replace(/\s+/g, " ")).toMatch(/We will be in touch by \w+day,? \d{1,2} \w+ \d{4}\./);
      await expectNoSidewaysScroll(page, `referral with a letter at ${width.name}`);
      await expectAccessible(page, `referral with the send-a-letter form at ${width.name}`);
      await screenshot(page, `referral-letter-${width.name}`);
      await page.close();
    }, 60_000);

    it("the officer who entered a referral sends the signposting letter from their view of it, and another officer cannot open it", async () => {
      const parent = `Elin Signposted ${width.name}`;
      const referral = await createReferral(await tokenFor(demo.officer), {
        channel: "HELPLINE",
        child: `Gethin Signposted ${width.name}`,
        parent,
      });
      const page = await newPage(browser);
      await signIn(page, demo.officer);
      await page.goto(`${baseUrl()}/intake/${referral.id}`);
      await page.getByText("Send a letter").click();
      const form = page.getByTestId("send-letter");
      await form.getByLabel("Which letter?").selectOption("SIGNPOSTING");
      await form.getByRole("button", { name: "Make the letter" }).click();
      await form.getByTestId("letter-done").filter({ hasText: "filed in the referral documents" }).waitFor();
      await expectNoSidewaysScroll(page, `intake referral with a letter at ${width.name}`);
      await expectAccessible(page, `intake referral with a letter at ${width.name}`);
      // The letter is in the referral's folder, which the manager sees on the referral page.
      const manager = await newPage(browser);
      await signIn(manager, demo.manager);
      await manager.goto(`${baseUrl()}/triage/${referral.id}`);
      const filed = manager.getByTestId("documents-panel").getByTestId("document-item").filter({ hasText: "Signposting letter" });
      const [download] = await Promise.all([
        manager.waitForEvent("download"),
        filed.getByRole("button", { name: /^Download Signposting letter/ }).click(),
      ]);
      expect(pdfText(await readFile((await download.path())!)).text).toContain(parent);
      await manager.close();
      // Another officer neither entered it nor holds it: refused, and offered no letter.
      const other = await newPage(browser);
      await signIn(other, demo.officer2);
      await other.goto(`${baseUrl()}/intake/${referral.id}`);
      await other.getByText("This referral could not be opened").waitFor();
      expect(await other.getByTestId("send-letter").count()).toBe(0);
      await other.close();
      await page.close();
    }, 60_000);
  });
});
