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
  signIn,
  type Browser,
} from "./support/browser";
import { createReferral, graphqlRequest, tokenFor, triageEligible } from "./support/api";

/**
 * A new officer with an enhanced DBS check but no barred-list check, and induction and safeguarding
 * but no observation yet: the allocation panel lists both reasons (decision 045).
 */
async function addUnreadyOfficer(name: string): Promise<void> {
  const adminToken = await tokenFor(demo.admin);
  const added = await graphqlRequest<{ addStaff: { account: { id: string } } }>(
    `mutation($input: AddStaffInput!) { addStaff(input: $input) { account { id } } }`,
    { input: { email: `nia-${Date.now()}@demo.sendiass.test`, displayName: name, role: "OFFICER", capacity: 5 } },
    adminToken,
  );
  const id = added.addStaff.account.id;
  await graphqlRequest(
    `mutation($id: ID!, $input: StaffComplianceInput!) { recordStaffCompliance(staffId: $id, input: $input) { id } }`,
    { id, input: { dbsEnhanced: true, dbsCheckedOn: "2026-01-05", confidentialitySignedOn: "2026-01-05" } },
    adminToken,
  );
  for (const training of [
    { kind: "INDUCTION", completedOn: "2026-01-05" },
    { kind: "SAFEGUARDING", completedOn: "2026-01-05", expiresOn: "2029-01-05" },
  ])
    await graphqlRequest(
      `mutation($id: ID!, $input: StaffTrainingInput!) { recordStaffTraining(staffId: $id, input: $input) { id } }`,
      { id, input: training },
      adminToken,
    );
}

describe.skipIf(!hasChromium())("allocation checks: the barred-list check and observation before lone casework", () => {
  const name = `Nia Newstart ${Date.now().toString(36)}`;
  let referral: { id: string; reference: string };
  beforeAll(async () => {
    await addUnreadyOfficer(name);
    const token = await tokenFor(demo.manager);
    referral = await createReferral(token, { channel: "HELPLINE", child: "Rhys Pritchard", parent: "Gwen Pritchard" });
    await triageEligible(token, referral.id, 2);
  }, 60_000);

  describe.each([PHONE, DESK])("at $name width", (width) => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ viewport: width });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("lists an officer without them as unable to take the referral, with each reason", async () => {
      const manager = await newPage(browser);
      await signIn(manager, demo.manager);
      await manager.goto(`${baseUrl()}/triage/${referral.id}`);
      const panel = manager.getByTestId("allocation-panel");
      const nia = panel.getByTestId("staff-choice").filter({ hasText: name });
      await nia.waitFor();
      expect(await nia.getByRole("radio").isDisabled()).toBe(true);
      const reasons = nia.getByRole("list", { name: `Why ${name} cannot take it` });
      await reasons.getByText("No children's barred-list check recorded with the enhanced DBS check.").waitFor();
      await reasons.getByText(/Not yet observed in casework: holding a case is lone casework/).waitFor();
      // The demo officers have both on record and may take it.
      const owen = panel.getByTestId("staff-choice").filter({ hasText: "Owen Hughes" });
      expect(await owen.getByRole("radio").isDisabled()).toBe(false);
      await expectNoSidewaysScroll(manager, `allocation panel with blocked staff at ${width.name}`);
      await expectAccessible(manager, `allocation panel with blocked staff at ${width.name}`);
      await manager.close();
    });
  });
});
