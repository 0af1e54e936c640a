import type { Page } from "playwright-core";

/** Fills the public form as a parent would, with keyboard-reachable labels only. */
export async function fillSelfReferral(page: Page, family: { parent: string; child: string }): Promise<void> {
  await page.getByLabel("Yes, you can keep a record of my details").check();
  await page.getByLabel("Parent or carer", { exact: true }).check();
  await page.getByLabel("Your full name").fill(family.parent);
  await page.getByLabel("Phone", { exact: true }).check();
  await page.getByLabel("Phone number").fill("07700 900123");
  await page.getByLabel("Postcode").fill("ST4 1AB");
  await page.getByLabel("Large print").check();
  await page.getByLabel("Their full name").fill(family.child);
  await page.getByLabel("Day").fill("14");
  await page.getByLabel("Month").fill("6");
  await page.getByLabel("Year").fill("2016");
  await page.getByLabel("School, college or nursery (optional)").fill("Oak Primary School");
  await page.getByLabel("What are their needs?").fill("Speech and language needs; struggles with noise and changes.");
  await page.getByLabel("Being assessed", { exact: true }).check();
  await page
    .getByRole("group", { name: /excluded from school/ })
    .getByLabel("Yes")
    .check();
  await page
    .getByLabel("What would you like help with?")
    .fill("School says they cannot meet his needs and we want to ask for an EHC needs assessment.");
  await page.getByLabel("Where are things at the moment? (optional)").selectOption("EHC_NEEDS_ASSESSMENT");
  await page.getByLabel("How did you hear about us? (optional)").selectOption("SCHOOL");
}

/**
 * A parent opens the public form, fills it and sends it; returns the reference on the receipt and
 * when the receipt appeared (for "arrives within N seconds" checks).
 */
export async function sendSelfReferral(page: Page, url: string, family: { parent: string; child: string }) {
  await page.goto(url);
  await fillSelfReferral(page, family);
  await page.getByRole("button", { name: "Send my request" }).click();
  await page.getByRole("heading", { level: 1, name: "Your request has been sent" }).waitFor();
  const sentAt = Date.now();
  const reference = (await page.locator(".receipt-reference").textContent())!.trim();
  return { reference, sentAt };
}
