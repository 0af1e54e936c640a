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
 * Issue 19, the remaining corrections (decision 046): the officer holding a case corrects when a
 * referral reached us (a future time is refused at its field) and the consent a call to a third
 * party rests on (a refused consent is refused at its field, by the consent rule of logging it);
 * the case page then shows the history of corrections to its entries, with a voided one marked.
 */
describe.skipIf(!hasChromium())("corrections shown on the case page", () => {
  describe.each([PHONE, DESK])("at $name width", (width) => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ viewport: width });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("corrects the time received and an activity's consent on the family record; the case page shows their history", async () => {
      const child = `Juno Ashworth ${width.name}`;
      const parent = `Delphine Ashworth ${width.name}`;
      const held = await caseFor(demo.officer, child, parent);
      const officer = await tokenFor(demo.officer);
      const today = new Date().toISOString().slice(0, 10);
      const consent = async (partyName: string, granted: boolean) =>
        (
          await graphqlRequest<{ recordConsent: { id: string } }>(
            `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
            {
              input: {
                caseId: held.caseId,
                partyName,
                partyType: "SCHOOL",
                granted,
                givenOn: today,
                method: "VERBAL",
                reviewOn: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
                givenBy: "PARENT_CARER",
                mayShare: "The support plan.",
              },
            },
            officer,
          )
        ).recordConsent.id;
      const senco = await consent("Ms Patel", true);
      await consent("Mr Jones", false);
      await consent("Dr Okafor", true);
      const log = (minutes: number, extra: Record<string, unknown>) =>
        graphqlRequest<{ logActivity: { id: string } }>(
          `mutation($input: LogActivityInput!) { logActivity(input: $input) { id } }`,
          { input: { caseId: held.caseId, kind: "PHONE_CALL", occurredAt: new Date().toISOString(), minutes, ...extra } },
          officer,
        );
      await log(20, { withFamily: false, consentId: senco, summary: "Called the school" });
      const twice = (await log(30, { withFamily: true })).logActivity.id;
      await graphqlRequest(
        `mutation($input: CorrectActivityInput!) { correctActivity(input: $input) { id } }`,
        { input: { activityId: twice, minutes: 35, reason: "Ran over" } },
        officer,
      );
      await graphqlRequest(
        `mutation($input: VoidActivityInput!) { voidActivity(input: $input) { id } }`,
        { input: { activityId: twice, reason: "Logged twice" } },
        officer,
      );
      const { referral } = await graphqlRequest<{ referral: { personId: string; receivedAt: string } }>(
        `query($id: ID!) { referral(id: $id) { personId receivedAt } }`,
        { id: held.referralId },
        officer,
      );

      const page = await newPage(browser);
      await signIn(page, demo.officer);
      await page.goto(`${baseUrl()}/search/people/${referral.personId}`);
      await page.getByRole("heading", { level: 1, name: parent }).waitFor();

      // When it reached us: a time in the future is refused at the field; an hour earlier is kept with the old time.
      const asLocal = (iso: string) =>
        page.evaluate((at) => {
          const d = new Date(at);
          const pad = (n: number) => String(n).padStart(2, "0");
          return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
        }, iso);
      await page.getByRole("button", { name: `Correct referral ${held.reference}` }).click();
      const received = page.getByLabel("When it reached us");
      expect(await received.inputValue()).toBe(await asLocal(referral.receivedAt));
      await received.fill(await asLocal(new Date(Date.now() + 2 * 86_400_000).toISOString()));
      await page.getByLabel("Why is it being corrected?").fill("The answerphone time");
      await page.getByRole("button", { name: "Save correction" }).click();
      await page.getByText("The time received cannot be in the future.").first().waitFor();
      await expectAccessible(page, `time received refused (${width.name})`);
      const earlier = new Date(new Date(referral.receivedAt).getTime() - 3_600_000).toISOString();
      await received.fill(await asLocal(earlier));
      await page.getByRole("button", { name: "Save correction" }).click();
      await page.getByTestId("correction").filter({ hasText: "The answerphone time" }).first().waitFor();

      // The consent the call to the school rests on: a refused consent is refused; a granted one is kept.
      const call = page.getByTestId("family-activity").filter({ hasText: "With Ms Patel" });
      await call.getByRole("button", { name: /^Correct: Phone call/ }).click();
      const chosen = page.getByLabel("Consent relied on (not with the family)");
      const options = await chosen.locator("option").allTextContents();
      await chosen.selectOption({ label: options.find((o) => o.startsWith("Mr Jones"))! });
      await page.getByLabel("Why is it being corrected?").fill("It was the deputy");
      await page.getByRole("button", { name: "Save correction" }).click();
      await page.locator(".error-message").filter({ hasText: "Mr Jones — the family refused consent" }).waitFor();
      await expectAccessible(page, `consent refused (${width.name})`);
      expect(await page.getByTestId("correction").filter({ hasText: "It was the deputy" }).count()).toBe(0);
      await chosen.selectOption({ label: options.find((o) => o.startsWith("Dr Okafor"))! });
      await page.getByRole("button", { name: "Save correction" }).click();
      const consentFix = page.getByTestId("correction").filter({ hasText: "It was the deputy" });
      await consentFix.waitFor();
      expect(await consentFix.textContent()).toMatch(/Activity: Consent relied on: Ms Patel \(given .+\) → Dr Okafor \(given .+\)/);

      // The case page: the same history, the voided call marked.
      await page.goto(`${baseUrl()}/cases/${held.caseId}`);
      await page.getByRole("heading", { level: 2, name: "History of corrections" }).waitFor();
      const history = page.getByTestId("case-corrections").getByTestId("correction");
      await history.filter({ hasText: "It was the deputy" }).waitFor();
      expect(await history.filter({ hasText: "The answerphone time" }).filter({ hasText: "Referral: Time received" }).count()).toBe(1);
      const voided = history.filter({ hasText: "Logged twice" });
      expect(await voided.getAttribute("data-voided")).toBe("true");
      expect(await voided.textContent()).toMatch(/Voided entry.*Activity: Voided as entered in error/);
      expect(await history.filter({ hasText: "Ran over" }).getAttribute("data-voided")).toBe("true");
      expect(await history.filter({ hasText: "It was the deputy" }).getAttribute("data-voided")).toBe("false");
      await expectAccessible(page, `case page with corrections (${width.name})`);
      await expectNoSidewaysScroll(page, `case page with corrections (${width.name})`);
      await page.close();
    });
  });
});
