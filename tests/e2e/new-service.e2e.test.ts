import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  baseUrl,
  demo,
  DEMO_PASSWORD,
  DESK,
  expectAccessible,
  expectNoSidewaysScroll,
  hasChromium,
  navLabels,
  newPage,
  openBrowser,
  PHONE,
  signIn,
  type Browser,
} from "./support/browser";
import { graphqlRequest, tokenFor } from "./support/api";
import { DEPLOYER_EMAIL } from "./support/paths";

/** The deployment administrator, added to the demo service as an administrator whose email the API lists. */
async function addDeployer(): Promise<void> {
  const adminToken = await tokenFor(demo.admin);
  const added = await graphqlRequest<{ addStaff: { link: { path: string } } }>(
    `mutation($input: AddStaffInput!) { addStaff(input: $input) { link { path } } }`,
    { input: { email: DEPLOYER_EMAIL, displayName: "Dee Ployer", role: "ADMIN" } },
    adminToken,
  );
  const token = added.addStaff.link.path.split("#")[1];
  await graphqlRequest(`mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }`, { t: token, p: DEMO_PASSWORD });
}

describe.skipIf(!hasChromium())("new service: a deployment administrator creates a further service", () => {
  beforeAll(addDeployer, 60_000);

  describe.each([PHONE, DESK])("at $name width", (width) => {
    let browser: Browser;
    let newcomer: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ viewport: width });
      newcomer = await openBrowser({ viewport: width });
      await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
    });
    afterAll(async () => {
      await browser?.close();
      await newcomer?.close();
    });

    it("is not offered to a service administrator the deployment does not list", async () => {
      const page = await newPage(browser);
      await signIn(page, demo.admin);
      expect(await navLabels(page)).not.toContain("New service");
      await page.goto(`${baseUrl()}/services`);
      await page.getByRole("heading", { level: 1, name: "This page is not available" }).waitFor();
      expect(await page.getByRole("form", { name: "Create a service" }).count()).toBe(0);
      await page.close();
    });

    it("creates a service, shows problems at their fields, and hands over the first administrator's one-time link", async () => {
      const slug = `north-${width.name}-${Date.now().toString(36)}`;
      const page = await newPage(browser);
      await signIn(page, DEPLOYER_EMAIL);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "New service" }).click();
      await page.getByRole("heading", { level: 1, name: "New service" }).waitFor();
      const form = page.getByRole("form", { name: "Create a service" });
      await expectNoSidewaysScroll(page, `new service at ${width.name}`);
      await expectAccessible(page, `new service at ${width.name}`);

      // Sent empty: each problem is named at its field, and focus goes to the summary.
      await form.getByRole("button", { name: "Create service" }).click();
      await page.getByText("There is a problem").waitFor();
      expect(await form.getByLabel("Short name").getAttribute("aria-invalid")).toBe("true");
      expect(await form.getByLabel("Service name").getAttribute("aria-invalid")).toBe("true");
      await expectAccessible(page, `new service with problems at ${width.name}`);

      // A short name already in use is refused by the server, at that field.
      await form.getByLabel("Service name").fill(`North SENDIASS ${width.name}`);
      await form.getByLabel("Short name").fill("demo");
      await form.getByLabel("Local authority area").fill("Newcastle-under-Lyme");
      await form.getByLabel("Name", { exact: true }).fill(`Fran Admin ${width.name}`);
      await form.getByLabel("Email address").fill(`fran-${slug}@north.sendiass.test`);
      await form.getByRole("button", { name: "Create service" }).click();
      await form.getByText("A service with this short name already exists.").first().waitFor();
      expect(await form.getByLabel("Short name").getAttribute("aria-invalid")).toBe("true");
      expect(await form.getByLabel("Service name").getAttribute("aria-invalid")).toBeNull();

      await form.getByLabel("Short name").fill(slug);
      await form.getByRole("button", { name: "Create service" }).click();
      await page.getByText(`North SENDIASS ${width.name} created`).waitFor();
      const link = await page.getByTestId("password-link").inputValue();
      expect(link).toMatch(new RegExp(`^${baseUrl()}/set-password#[A-Za-z0-9_-]{43}$`));
      await page.getByRole("button", { name: "Copy link" }).click();
      await page.getByRole("button", { name: "Copied" }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
      await expectAccessible(page, `new service with its link at ${width.name}`);
      await expectNoSidewaysScroll(page, `new service with its link at ${width.name}`);

      // The first administrator sets a password from the link and signs in to their own service.
      const theirs = await newPage(newcomer);
      await theirs.goto(link);
      await theirs.getByLabel("New password").fill("a-first-administrators-password");
      await theirs.getByLabel("Type it again").fill("a-first-administrators-password");
      await theirs.getByRole("button", { name: "Set password" }).click();
      await theirs.getByRole("heading", { name: "Password set" }).waitFor();
      await theirs.getByRole("link", { name: "sign in" }).click();
      await theirs.getByLabel("Email address").fill(`fran-${slug}@north.sendiass.test`);
      await theirs.getByLabel("Password").fill("a-first-administrators-password");
      await theirs.getByRole("button", { name: "Sign in" }).click();
      await theirs.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Accounts" }).waitFor();
      expect(await navLabels(theirs)).not.toContain("New service");
      await theirs.close();
      await page.close();
    }, 90_000);
  });
});
