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
} from "./support/browser";
import { caseFor, graphqlRequest, tokenFor } from "./support/api";

/*
 * Issue 19, corrections with history (decision 043): the officer who holds a case corrects the
 * child's date of birth, an activity's minutes and a key date from the family record, voids a key
 * date entered in error, and sees every previous value in the history; a refused correction is
 * shown at its field and changes nothing.
 */
describe.skipIf(!hasChromium())("corrections on the family record", () => {
  describe.each([PHONE, DESK])("at $name width", (width) => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ viewport: width });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("corrects a child's date of birth and an activity with their history, refuses a future date at its field, and voids a key date", async () => {
      const child = `Ivo Castellane ${width.name}`;
      const parent = `Berenice Castellane ${width.name}`;
      const held = await caseFor(demo.officer, child, parent);
      const officer = await tokenFor(demo.officer);
      await graphqlRequest(
        `mutation($input: LogActivityInput!) { logActivity(input: $input) { id } }`,
        { input: { caseId: held.caseId, kind: "PHONE_CALL", occurredAt: new Date().toISOString(), minutes: 90, withFamily: true } },
        officer,
      );
      const soon = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
      await graphqlRequest(
        `mutation($r: ID!, $input: KeyDateInput!) { addKeyDate(referralId: $r, input: $input) { id } }`,
        { r: held.referralId, input: { kind: "TRIBUNAL", on: soon } },
        officer,
      );
      const { referral } = await graphqlRequest<{ referral: { personId: string } }>(
        `query($id: ID!) { referral(id: $id) { personId } }`,
        { id: held.referralId },
        officer,
      );

      const page = await newPage(browser);
      await signIn(page, demo.officer);
      await page.goto(`${baseUrl()}/search/people/${referral.personId}`);
      await page.getByRole("heading", { level: 1, name: parent }).waitFor();

      // The child's date of birth: a future date is refused at the field; a real one is kept with the old one.
      await page.getByRole("button", { name: `Correct child's details on ${held.reference}` }).click();
      const dob = page.getByLabel("Date of birth");
      await dob.fill("2030-01-01");
      await page.getByLabel("Why is it being corrected?").fill("Misheard on the phone");
      await page.getByRole("button", { name: "Save correction" }).click();
      await page.getByText("The date of birth cannot be in the future.").first().waitFor();
      await expectAccessible(page, `correction refused (${width.name})`);
      await dob.fill("2013-02-03");
      await page.getByRole("button", { name: "Save correction" }).click();
      const dobFix = page.getByTestId("correction").filter({ hasText: "Misheard on the phone" });
      await dobFix.waitFor();
      expect(await dobFix.textContent()).toMatch(/Child: Date of birth: 3 Feb 2014 → 3 Feb 2013/);

      // An activity's minutes.
      await page.getByRole("button", { name: /^Correct: Phone call/ }).click();
      await page.getByLabel("Minutes").fill("9");
      await page.getByLabel("Why is it being corrected?").fill("Typed 90 for 9");
      await page.getByRole("button", { name: "Save correction" }).click();
      await page.getByTestId("correction").filter({ hasText: "Typed 90 for 9" }).waitFor();
      expect(await page.getByTestId("family-activity").first().textContent()).toMatch(/9 min/);

      // A key date entered on the wrong family is voided: out of the list, shown on request.
      const keyDate = page.getByTestId("family-key-date").first();
      await keyDate.getByRole("button", { name: /^Void as entered in error: Tribunal/ }).click();
      await page.getByLabel("Why is it void?").fill("Another family's hearing");
      await page.getByRole("button", { name: "Void", exact: true }).click();
      await page.getByTestId("correction").filter({ hasText: "Another family's hearing" }).waitFor();
      expect(await page.getByTestId("family-key-date").count()).toBe(0);
      await page.getByLabel(/Show entries voided as made in error/).check();
      await page.locator('[data-testid="family-key-date"][data-voided="true"]').first().waitFor();
      await expectAccessible(page, `family record with corrections (${width.name})`);
      await expectNoSidewaysScroll(page, `family record with corrections (${width.name})`);
      await page.close();
    });
  });
});
