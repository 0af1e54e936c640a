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

describe.skipIf(!hasChromium())("accounts: an administrator adds, hands over and deactivates a staff member", () => {
  describe.each([PHONE, DESK])("at $name width", (width) => {
    let admin: Browser;
    let newcomer: Browser;
    beforeAll(async () => {
      admin = await openBrowser({ viewport: width });
      newcomer = await openBrowser({ viewport: width });
    });
    afterAll(async () => {
      await admin?.close();
      await newcomer?.close();
    });

    it("adds an officer, who sets a password from the one-time link and signs in; then deactivates them", async () => {
      const name = `Tariq Ahmed ${width.name}`;
      const email = `tariq-${width.name}-${Date.now()}@demo.sendiass.test`;
      const page = await newPage(admin);
      await signIn(page, demo.admin);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Accounts" }).click();
      await page.getByRole("heading", { level: 1, name: "Accounts" }).waitFor();
      await page.getByTestId("account").first().waitFor();
      await expectNoSidewaysScroll(page, `accounts at ${width.name}`);
      await expectAccessible(page, `accounts at ${width.name}`);

      const form = page.getByRole("form", { name: "Add a staff member" });
      // Sent empty: the problems are named and focus goes to the summary.
      await form.getByRole("button", { name: "Add staff member" }).click();
      await page.getByText("There is a problem").waitFor();
      expect(await form.getByLabel("Name", { exact: true }).getAttribute("aria-invalid")).toBe("true");

      // A duplicate email is refused by the server at its field.
      await form.getByLabel("Name", { exact: true }).fill(name);
      await form.getByLabel("Email address").fill(demo.officer);
      await form.getByLabel("Role", { exact: true }).selectOption({ label: "Officer" });
      await form.getByRole("button", { name: "Add staff member" }).click();
      await form.getByText("An account with this email address already exists.").first().waitFor();
      expect(await form.getByLabel("Email address").getAttribute("aria-invalid")).toBe("true");

      await form.getByLabel("Email address").fill(email);
      await form.getByLabel("Capacity (open cases)").fill("12");
      await form.getByRole("button", { name: "Add staff member" }).click();
      const link = await page.getByTestId("password-link").inputValue();
      expect(link).toMatch(new RegExp(`^${baseUrl()}/set-password#[A-Za-z0-9_-]{43}$`));
      await expectAccessible(page, `accounts with a new link at ${width.name}`);

      // The newcomer, on their own computer, sets a password and signs in.
      const theirs = await newPage(newcomer);
      await theirs.goto(link);
      await theirs.getByRole("heading", { name: "Set your password" }).waitFor();
      expect(new URL(theirs.url()).hash).toBe("");
      await expectAccessible(theirs, `set password at ${width.name}`);
      await expectNoSidewaysScroll(theirs, `set password at ${width.name}`);
      await theirs.getByLabel("New password").fill("short");
      await theirs.getByRole("button", { name: "Set password" }).click();
      await theirs.getByText("Use at least 12 characters").first().waitFor();
      await theirs.getByLabel("New password").fill("a-newcomers-password");
      await theirs.getByLabel("Type it again").fill("a-newcomers-password");
      await theirs.keyboard.press("Enter");
      await theirs.getByRole("heading", { name: "Password set" }).waitFor();
      await theirs.getByRole("link", { name: "sign in" }).click();
      await theirs.getByLabel("Email address").fill(email);
      await theirs.getByLabel("Password").fill("a-newcomers-password");
      await theirs.getByRole("button", { name: "Sign in" }).click();
      await theirs.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My allocations" }).waitFor();

      // The administrator deactivates them, by keyboard: their screen returns to sign-in.
      await page.reload();
      const item = page.getByTestId("account").filter({ has: page.getByRole("heading", { name }) });
      await item.getByText(`Change ${name}’s account`).focus();
      await page.keyboard.press("Enter");
      await item.getByRole("button", { name: "Deactivate…" }).click();
      await expectAccessible(page, `deactivation confirmation at ${width.name}`);
      await item.getByRole("button", { name: `Yes, deactivate ${name}` }).click();
      await item.getByText(`${name} is deactivated`).waitFor();
      await item.getByText("They held no open cases.").waitFor();
      await theirs.getByText("Your session has ended").waitFor({ timeout: 15_000 });
      await page.close();
      await theirs.close();
    }, 90_000);

    it("a manager reassigns a leaver's open cases in one step from the preview", async () => {
      const [adminToken, managerToken] = await Promise.all([tokenFor(demo.admin), tokenFor(demo.manager)]);
      const name = `Lena Leaver ${width.name}`;
      const added = await graphqlRequest<{ addStaff: { account: { id: string } } }>(
        `mutation($input: AddStaffInput!) { addStaff(input: $input) { account { id } } }`,
        { input: { email: `lena-${width.name}-${Date.now()}@demo.sendiass.test`, displayName: name, role: "OFFICER", capacity: 5 } },
        adminToken,
      );
      const leaverId = added.addStaff.account.id;
      const today = new Date().toISOString().slice(0, 10);
      await graphqlRequest(
        `mutation($id: ID!, $input: StaffComplianceInput!) { recordStaffCompliance(staffId: $id, input: $input) { id } }`,
        {
          id: leaverId,
          input: {
            dbsEnhanced: true,
            dbsCheckedOn: "2026-01-05",
            barredListChecked: true,
            barredListCheckedOn: "2026-01-05",
            confidentialitySignedOn: "2026-01-05",
          },
        },
        adminToken,
      );
      expect(today >= "2026-01-05").toBe(true);
      // The allocation checks need induction, current safeguarding training (decision 041) and, to hold
      // cases alone, observation (decision 045) on record.
      for (const training of [
        { kind: "INDUCTION", completedOn: "2026-01-05" },
        { kind: "SAFEGUARDING", completedOn: "2026-01-05", expiresOn: "2029-01-05" },
        { kind: "OBSERVATION", completedOn: "2026-01-06" },
      ])
        await graphqlRequest(
          `mutation($id: ID!, $input: StaffTrainingInput!) { recordStaffTraining(staffId: $id, input: $input) { id } }`,
          { id: leaverId, input: training },
          adminToken,
        );
      for (const r of [1, 2]) {
        const referral = await createReferral(managerToken, {
          channel: "HELPLINE",
          child: `Child ${r} ${width.name}`,
          parent: `Parent ${r}`,
        });
        await triageEligible(managerToken, referral.id, 2);
        await graphqlRequest(
          `mutation($r: ID!, $s: ID!) { allocateReferral(referralId: $r, staffId: $s) { id } }`,
          { r: referral.id, s: leaverId },
          managerToken,
        );
      }
      await graphqlRequest(`mutation($id: ID!) { deactivateStaff(staffId: $id) { account { id } } }`, { id: leaverId }, adminToken);

      const page = await newPage(admin);
      await signIn(page, demo.manager);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
      await page.getByRole("link", { name: `Reassign ${name}’s 2 open cases` }).click();
      await page.getByRole("heading", { level: 1, name: "Reassign cases" }).waitFor();
      const form = page.getByRole("form", { name: `${name}’s 2 open cases` });
      await form.waitFor();
      await expectNoSidewaysScroll(page, `reassign at ${width.name}`);
      await expectAccessible(page, `reassign at ${width.name}`);
      const selects = form.getByRole("combobox");
      expect(await selects.count()).toBe(2);
      for (const select of await selects.all()) expect(await select.inputValue()).not.toBe("");
      await form.getByRole("button", { name: "Reassign 2 cases" }).click();
      await page.getByText("2 cases reassigned. Their overdue items went with them.").waitFor();
      await page.getByText(`${name} holds no open cases.`).waitFor();
      await page.close();
    }, 90_000);
  });
});
