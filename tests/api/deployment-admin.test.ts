import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { tables } from "server";
import { dbMode, startTestServer, type TestServer } from "../support/server.js";
import { TEST_PASSWORD, createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { graphql } from "../support/gql/index.js";

const CREATE_SERVICE = graphql(`mutation DeploymentCreateService($input: CreateServiceInput!) {
  createService(input: $input) { serviceId slug name administrator { id email role passwordSet } link { path } }
}`);
const SET_PASSWORD = graphql(`mutation DeploymentSetPassword($t: String!, $p: String!) { setPassword(token: $t, password: $p) }`);
const TEAM = graphql(`query DeploymentTeam { team { id role } }`);
const ME = graphql(`query DeploymentMe { me { id isDeploymentAdmin } }`);
const LOGIN = graphql(`mutation DeploymentLogin($e: String!, $p: String!) { login(email: $e, password: $p) { me { isDeploymentAdmin } } }`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let deployer: { id: string; email: string; token: string };
const suffix = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  const email = `deployer-${suffix}@deploy.sendiass.test`;
  server = await startTestServer({ env: { DEPLOYMENT_ADMIN_EMAILS: `someone@else.test, ${email.toUpperCase()}` } });
  a = await createServiceWithTeam(server, "Deployment A");
  const row = await createStaff(server, { serviceId: a.service.id, role: "ADMIN", email });
  deployer = { id: row.id, email, token: await signIn(server, email) };
});
afterAll(() => server?.close());

const input = (slug: string) => ({
  slug,
  name: "Second SENDIASS",
  areaName: "Newcastle-under-Lyme",
  administrator: { email: `first-admin-${slug}@deploy.sendiass.test`, displayName: "Fran Admin" },
});

describe(`me.isDeploymentAdmin (${dbMode})`, () => {
  it("is true for an administrator the deployment lists (whatever the case of the email), at sign-in and after", async () => {
    expect((await server.gql(ME, undefined, deployer.token)).data!.me).toEqual({ id: deployer.id, isDeploymentAdmin: true });
    const login = await server.gql(LOGIN, { e: deployer.email, p: TEST_PASSWORD });
    expect(login.data!.login.me.isDeploymentAdmin).toBe(true);
  });

  it("is false for an administrator not listed and for every other role; anonymous callers get UNAUTHENTICATED", async () => {
    for (const role of ["ADMIN", "MANAGER", "OFFICER", "VOLUNTEER", "STEERING"] as const) {
      const res = await server.gql(ME, undefined, a[role].token);
      expect(res.data!.me.isDeploymentAdmin, role).toBe(false);
    }
    expect((await server.gql(ME)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe(`createService (${dbMode})`, () => {
  it("lets a deployment administrator create a service whose first administrator sets a password and sees only their service", async () => {
    const slug = `second-${suffix}`;
    const res = await server.gql(CREATE_SERVICE, { input: input(slug) }, deployer.token);
    expect(res.errors).toBeUndefined();
    const created = res.data!.createService;
    expect(created).toMatchObject({ slug, administrator: { role: "ADMIN", passwordSet: false } });
    const token = created.link.path.split("#")[1]!;
    expect((await server.gql(SET_PASSWORD, { t: token, p: "a-long-enough-password-2026" })).errors).toBeUndefined();
    const theirToken = await signIn(server, created.administrator.email, "a-long-enough-password-2026");
    const team = await server.gql(TEAM, undefined, theirToken);
    expect(team.data!.team.map((m) => m.id)).not.toContain(a.OFFICER.id);
    const audit = await server.db.select().from(tables.auditEvents).where(eq(tables.auditEvents.serviceId, created.serviceId));
    expect(audit.map((e) => e.action)).toContain("service.create");
  });

  it("refuses a short name taken or malformed, and a bad or taken email, at their fields, creating nothing", async () => {
    const slug = `dup-${suffix}`;
    expect((await server.gql(CREATE_SERVICE, { input: input(slug) }, deployer.token)).errors).toBeUndefined();
    const before = (await server.db.select().from(tables.services)).length;
    const dup = await server.gql(
      CREATE_SERVICE,
      { input: { ...input(slug), administrator: { email: "x@y.test", displayName: "X" } } },
      deployer.token,
    );
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.slug" });
    const bad = await server.gql(
      CREATE_SERVICE,
      { input: { ...input(`bad-${suffix}`), administrator: { email: "nope", displayName: "X" } } },
      deployer.token,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.administrator.email" });
    for (const slug of ["Not a slug!", "-starts-with-hyphen", "x".repeat(41)]) {
      const res = await server.gql(
        CREATE_SERVICE,
        { input: { ...input(slug), administrator: { email: `s-${suffix}@y.test`, displayName: "X" } } },
        deployer.token,
      );
      expect(res.errors?.[0]?.extensions, slug).toMatchObject({ code: "BAD_USER_INPUT", field: "input.slug" });
    }
    // A taken administrator email is refused at its field too, before anything is written.
    const takenEmail = await server.gql(
      CREATE_SERVICE,
      { input: { ...input(`email-${suffix}`), administrator: { email: a.OFFICER.email, displayName: "X" } } },
      deployer.token,
    );
    expect(takenEmail.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.administrator.email" });
    expect(
      await server.db
        .select()
        .from(tables.services)
        .where(eq(tables.services.slug, `email-${suffix}`)),
    ).toEqual([]);
    expect((await server.db.select().from(tables.services)).length).toBe(before);
  });

  it("refuses every other role, a service administrator not listed, another service's staff and anonymous callers", async () => {
    const before = (await server.db.select().from(tables.services)).length;
    for (const role of ["ADMIN", "MANAGER", "OFFICER", "VOLUNTEER", "STEERING"] as const) {
      const res = await server.gql(CREATE_SERVICE, { input: input(`no-${role.toLowerCase()}-${suffix}`) }, a[role].token);
      expect(res.errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
    }
    const b = await createServiceWithTeam(server, "Deployment B");
    expect((await server.gql(CREATE_SERVICE, { input: input(`no-b-${suffix}`) }, b.ADMIN.token)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await server.gql(CREATE_SERVICE, { input: input(`no-anon-${suffix}`) })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await server.db.select().from(tables.services)).length).toBe(before + 1);
  });
});
