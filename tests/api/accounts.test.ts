import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { openDatabase, tables } from "server";
import { createThrowawayDatabase, dbMode, startTestServer, type TestServer } from "../support/server.js";
import { createService, createServiceWithTeam, createStaff, signIn, TEST_PASSWORD } from "../support/factories.js";
import { ALLOCATE, openCase, triagedReferral } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const tsx = path.join(root, "tests/node_modules/.bin/tsx");
const run = promisify(execFile);

const SET_PASSWORD = graphql(`mutation SetPassword($t: String!, $p: String!) { setPassword(token: $t, password: $p) }`);
const LOGIN = graphql(
  `mutation AccountsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { role serviceName } } }`,
);
const ACCOUNTS = graphql(
  `query StaffAccounts { staffAccounts { canManage accounts { id email role active holdsCases capacity maxLevel openCases passwordSet } } }`,
);
const ADD = graphql(`mutation AddStaff($input: AddStaffInput!) {
  addStaff(input: $input) { account { id email role capacity maxLevel active passwordSet holdsCases } link { path expiresAt } }
}`);
const DEACTIVATE = graphql(`mutation DeactivateStaff($id: ID!) {
  deactivateStaff(staffId: $id) { account { id active } openCases { caseId referralId reference level } }
}`);
const REACTIVATE = graphql(`mutation ReactivateStaff($id: ID!) { reactivateStaff(staffId: $id) { id active } }`);
const RESET = graphql(
  `mutation ResetStaffPassword($id: ID!) { resetStaffPassword(staffId: $id) { account { id passwordSet } link { path } } }`,
);
const ROLE = graphql(
  `mutation ChangeStaffRole($id: ID!, $input: ChangeStaffRoleInput!) { changeStaffRole(staffId: $id, input: $input) { id role } }`,
);
const CAPACITY = graphql(`mutation ChangeStaffCapacity($id: ID!, $input: ChangeStaffCapacityInput!) {
  changeStaffCapacity(staffId: $id, input: $input) { id capacity maxLevel }
}`);
const COMPLIANCE = graphql(
  `mutation RecordStaffCompliance($id: ID!, $input: StaffComplianceInput!) { recordStaffCompliance(staffId: $id, input: $input) { id } }`,
);
const TRAINING = graphql(
  `mutation RecordStaffTraining($id: ID!, $input: StaffTrainingInput!) { recordStaffTraining(staffId: $id, input: $input) { id } }`,
);
const ME = graphql(`query AccountsMe { me { id role } }`);
const TEAM_ROLES = graphql(`query TeamRoles { team { id role } }`);

const tokenOf = (linkPath: string) => linkPath.split("#")[1]!;
const uniqEmail = (what: string) => `${what}-${Math.random().toString(36).slice(2, 8)}@accounts.sendiass.test`;

describe("first run: pnpm admin create-service on an empty database", () => {
  let server: TestServer | undefined;
  let dataDir: string | undefined;
  let throwaway: Awaited<ReturnType<typeof createThrowawayDatabase>> | undefined;
  afterAll(async () => {
    await server?.close();
    await throwaway?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it(`creates a service and its administrator, who sets a password from the printed link and signs in (${dbMode})`, async () => {
    const env: Record<string, string> = { ...process.env, LOG_LEVEL: "error" } as Record<string, string>;
    delete env.DATABASE_URL;
    if (dbMode === "postgres") {
      throwaway = await createThrowawayDatabase();
      env.DATABASE_URL = throwaway.url;
    } else {
      dataDir = mkdtempSync(path.join(tmpdir(), "sendiass-cli-"));
      env.DATA_DIR = dataDir;
      env.PGLITE_TEMPLATE = "off";
    }
    const cli = (args: string[]) => run(tsx, ["src/cli/admin.ts", ...args], { cwd: path.join(root, "server"), env });
    const first = await cli([
      "create-service",
      ...["--slug", "stoke", "--name", "Stoke SENDIASS", "--area", "Stoke-on-Trent"],
      ...["--admin-email", "ada@stoke.example.org", "--admin-name", "Ada Brooks", "--url", "https://casework.example.org/"],
    ]);
    const link = /https:\/\/casework\.example\.org(\/set-password#[A-Za-z0-9_-]+)/.exec(first.stdout);
    expect(link, first.stdout).not.toBeNull();
    expect(first.stdout).not.toMatch(/password:/i);

    const again = await cli([
      "create-service",
      ...["--slug", "stoke", "--name", "Other", "--area", "Elsewhere", "--admin-email", "x@stoke.example.org", "--admin-name", "X Y"],
    ]).catch((e: { code: number; stderr: string }) => e);
    expect(again).toMatchObject({ code: 1 });
    expect((again as { stderr: string }).stderr).toContain("--slug");

    server = await startTestServer({
      open: async () => {
        const database = await openDatabase(
          dbMode === "postgres" ? { url: throwaway!.url, max: 5 } : { dataDir: dataDir!, template: false },
        );
        return { database, dispose: () => database.close() };
      },
    });
    const before = await server.gql(LOGIN, { e: "ada@stoke.example.org", p: "a-long-enough-password" });
    expect(before.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const set = await server.gql(SET_PASSWORD, { t: tokenOf(link![1]!), p: "a-long-enough-password" });
    expect(set.errors).toBeUndefined();
    const login = await server.gql(LOGIN, { e: "ada@stoke.example.org", p: "a-long-enough-password" });
    expect(login.data?.login.me).toEqual({ role: "ADMIN", serviceName: "Stoke SENDIASS" });
    const reused = await server.gql(SET_PASSWORD, { t: tokenOf(link![1]!), p: "another-long-password" });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });

    // The new administrator adds a manager, who sets a password and signs in.
    const added = await server.gql(
      ADD,
      { input: { email: "maya@stoke.example.org", displayName: "Maya Patel", role: "MANAGER", capacity: 10 } },
      login.data!.login.token,
    );
    expect(added.errors).toBeUndefined();
    await server.gql(SET_PASSWORD, { t: tokenOf(added.data!.addStaff.link.path), p: "managers-password-2026" });
    expect((await server.gql(LOGIN, { e: "maya@stoke.example.org", p: "managers-password-2026" })).data?.login.me.role).toBe("MANAGER");
  }, 120_000);
});

describe("staff accounts", () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
  let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
  const clock = new Date("2026-11-25T09:00:00Z");

  beforeAll(async () => {
    server = await startTestServer({ now: () => clock });
    a = await createServiceWithTeam(server, "Service A");
    b = await createServiceWithTeam(server, "Service B");
  });
  afterAll(() => server?.close());

  const staffRow = async (id: string) => (await server.db.select().from(tables.staff).where(eq(tables.staff.id, id)))[0]!;
  const newOfficer = async () => {
    const row = await createStaff(server, { serviceId: a.service.id, role: "OFFICER" });
    return { ...row, token: await signIn(server, row.email) };
  };

  describe("addStaff", () => {
    it("adds a staff member with role, capacity and level, and answers with a one-time link, never a password", async () => {
      const email = uniqEmail("new");
      const res = await server.gql(
        ADD,
        { input: { email, displayName: "Nia Evans", role: "VOLUNTEER", capacity: 4, maxLevel: 2 } },
        a.ADMIN.token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.addStaff.account).toMatchObject({
        email,
        role: "VOLUNTEER",
        capacity: 4,
        maxLevel: 2,
        active: true,
        passwordSet: false,
      });
      expect(res.data.addStaff.link.path).toMatch(/^\/set-password#[A-Za-z0-9_-]{43}$/);
      expect(new Date(res.data.addStaff.link.expiresAt).getTime()).toBe(clock.getTime() + 72 * 3_600_000);
      const audit = await server.db
        .select()
        .from(tables.auditEvents)
        .where(and(eq(tables.auditEvents.action, "staff.add"), eq(tables.auditEvents.entityId, res.data.addStaff.account.id)));
      expect(audit).toHaveLength(1);
      expect(audit[0]!.actorStaffId).toBe(a.ADMIN.id);
      // No password works until the person sets one.
      expect((await server.gql(LOGIN, { e: email, p: "" + "x".repeat(12) })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("refuses an email address already in use (any service, any case), naming the field, and adds nothing", async () => {
      const count = (await server.db.select().from(tables.staff)).length;
      const res = await server.gql(
        ADD,
        { input: { email: b.OFFICER.email.toUpperCase(), displayName: "Dup Licate", role: "OFFICER" } },
        a.ADMIN.token,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.email" });
      expect((await server.db.select().from(tables.staff)).length).toBe(count);
    });

    it("refuses a capacity out of range and a level outside 1 to 4, naming the field", async () => {
      const cap = await server.gql(
        ADD,
        { input: { email: uniqEmail("c"), displayName: "Cap Acity", role: "OFFICER", capacity: -1 } },
        a.ADMIN.token,
      );
      expect(cap.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.capacity" });
      const lvl = await server.gql(
        ADD,
        { input: { email: uniqEmail("l"), displayName: "Lev El", role: "OFFICER", maxLevel: 5 } },
        a.ADMIN.token,
      );
      expect(lvl.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.maxLevel" });
    });
  });

  describe("setPassword", () => {
    it("refuses a short password at its field, and an expired or unknown link at token", async () => {
      const added = await server.gql(ADD, { input: { email: uniqEmail("p"), displayName: "Pat Word", role: "OFFICER" } }, a.ADMIN.token);
      const token = tokenOf(added.data!.addStaff.link.path);
      const short = await server.gql(SET_PASSWORD, { t: token, p: "short" });
      expect(short.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "password" });
      const unknown = await server.gql(SET_PASSWORD, { t: "not-a-token", p: "long-enough-password" });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
      await server.db
        .update(tables.passwordLinks)
        .set({ expiresAt: clock })
        .where(eq(tables.passwordLinks.staffId, added.data!.addStaff.account.id));
      const expired = await server.gql(SET_PASSWORD, { t: token, p: "long-enough-password" });
      expect(expired.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
      expect((await staffRow(added.data!.addStaff.account.id)).passwordHash).toBe("!no-password-set");
    });
  });

  describe("deactivateStaff", () => {
    it("ends the person's sessions at once, refuses their old token and sign-in, and lists their open cases", async () => {
      const o = await newOfficer();
      const c = await openCase(server, a.MANAGER.token, o.id, 2);
      const res = await server.gql(DEACTIVATE, { id: o.id }, a.ADMIN.token);
      expect(res.errors).toBeUndefined();
      expect(res.data.deactivateStaff.account.active).toBe(false);
      expect(res.data.deactivateStaff.openCases).toEqual([
        expect.objectContaining({ caseId: c.caseId, referralId: c.referralId, level: 2 }),
      ]);
      expect((await server.gql(ME, undefined, o.token)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect((await server.gql(LOGIN, { e: o.email, p: TEST_PASSWORD })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const sessions = await server.db.select().from(tables.sessions).where(eq(tables.sessions.staffId, o.id));
      expect(sessions.every((s) => s.revokedAt !== null)).toBe(true);
    });

    it("refuses deactivating oneself, and an account already deactivated, changing nothing", async () => {
      const self = await server.gql(DEACTIVATE, { id: a.ADMIN.id }, a.ADMIN.token);
      expect(self.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "staffId" });
      expect((await staffRow(a.ADMIN.id)).active).toBe(true);
      const o = await newOfficer();
      await server.gql(DEACTIVATE, { id: o.id }, a.ADMIN.token);
      expect((await server.gql(DEACTIVATE, { id: o.id }, a.ADMIN.token)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    });
  });

  describe("reactivateStaff", () => {
    it("lets the person sign in again with their password", async () => {
      const o = await newOfficer();
      await server.gql(DEACTIVATE, { id: o.id }, a.ADMIN.token);
      const res = await server.gql(REACTIVATE, { id: o.id }, a.ADMIN.token);
      expect(res.data?.reactivateStaff.active).toBe(true);
      expect((await server.gql(LOGIN, { e: o.email, p: TEST_PASSWORD })).data?.login.token).toBeTruthy();
    });
  });

  describe("resetStaffPassword", () => {
    it("voids the old password and sessions, and the new link sets a new one", async () => {
      const o = await newOfficer();
      const res = await server.gql(RESET, { id: o.id }, a.ADMIN.token);
      expect(res.data?.resetStaffPassword.account.passwordSet).toBe(false);
      expect((await server.gql(ME, undefined, o.token)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect((await server.gql(LOGIN, { e: o.email, p: TEST_PASSWORD })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      await server.gql(SET_PASSWORD, { t: tokenOf(res.data!.resetStaffPassword.link.path), p: "brand-new-password-1" });
      expect((await server.gql(LOGIN, { e: o.email, p: "brand-new-password-1" })).data?.login.token).toBeTruthy();
    });
  });

  describe("changeStaffRole", () => {
    it("changes the role and ends the person's sessions", async () => {
      const o = await newOfficer();
      const res = await server.gql(ROLE, { id: o.id, input: { role: "VOLUNTEER" } }, a.ADMIN.token);
      expect(res.data?.changeStaffRole.role).toBe("VOLUNTEER");
      expect((await server.gql(ME, undefined, o.token)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("refuses a role that holds no cases while they hold open cases, naming the field", async () => {
      const o = await newOfficer();
      await openCase(server, a.MANAGER.token, o.id, 1);
      const res = await server.gql(ROLE, { id: o.id, input: { role: "STEERING" } }, a.ADMIN.token);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.role" });
      expect((await staffRow(o.id)).role).toBe("OFFICER");
    });
  });

  describe("changeStaffCapacity", () => {
    it("changes capacity and level, and refuses a capacity below the current caseload, changing nothing", async () => {
      const o = await newOfficer();
      await openCase(server, a.MANAGER.token, o.id, 3);
      await openCase(server, a.MANAGER.token, o.id, 1);
      const below = await server.gql(CAPACITY, { id: o.id, input: { capacity: 1 } }, a.ADMIN.token);
      expect(below.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.capacity" });
      const level = await server.gql(CAPACITY, { id: o.id, input: { capacity: 5, maxLevel: 2 } }, a.ADMIN.token);
      expect(level.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.maxLevel" });
      expect(await staffRow(o.id)).toMatchObject({ capacity: 20, maxLevel: null });
      const ok = await server.gql(CAPACITY, { id: o.id, input: { capacity: 2, maxLevel: 3 } }, a.ADMIN.token);
      expect(ok.data?.changeStaffCapacity).toEqual({ id: o.id, capacity: 2, maxLevel: 3 });
    });
  });

  describe("recordStaffCompliance and recordStaffTraining", () => {
    it("records a new officer's DBS check, confidentiality and training, after which they may be allocated a case", async () => {
      const added = await server.gql(ADD, { input: { email: uniqEmail("dbs"), displayName: "Dee Bess", role: "OFFICER" } }, a.ADMIN.token);
      const id = added.data!.addStaff.account.id;
      const r = await triagedReferral(server, a.MANAGER.token, 2);
      expect((await server.gql(ALLOCATE, { r: r.id, s: id }, a.MANAGER.token)).errors?.[0]?.extensions?.code).toBe("DBS_NOT_VALID");
      const future = await server.gql(
        COMPLIANCE,
        {
          id,
          input: { dbsEnhanced: true, dbsCheckedOn: "2026-11-26", dbsRenewalDueOn: "2029-11-26", confidentialitySignedOn: "2026-11-20" },
        },
        a.ADMIN.token,
      );
      expect(future.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.dbsCheckedOn" });
      expect(await staffRow(id)).toMatchObject({ dbsEnhanced: false, confidentialitySignedOn: null });
      const ok = await server.gql(
        COMPLIANCE,
        {
          id,
          input: {
            dbsEnhanced: true,
            dbsCheckedOn: "2026-11-20",
            dbsRenewalDueOn: "2029-11-20",
            barredListChecked: true,
            barredListCheckedOn: "2026-11-20",
            confidentialitySignedOn: "2026-11-20",
          },
        },
        a.ADMIN.token,
      );
      expect(ok.errors).toBeUndefined();
      const expiresFirst = await server.gql(
        TRAINING,
        { id, input: { kind: "SAFEGUARDING", completedOn: "2026-11-01", expiresOn: "2026-10-01" } },
        a.ADMIN.token,
      );
      expect(expiresFirst.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.expiresOn" });
      expect(
        (await server.gql(TRAINING, { id, input: { kind: "INDUCTION", completedOn: "2026-11-02" } }, a.ADMIN.token)).errors,
      ).toBeUndefined();
      expect((await server.db.select().from(tables.staffTraining).where(eq(tables.staffTraining.staffId, id))).map((t) => t.kind)).toEqual([
        "INDUCTION",
      ]);
      // Without current safeguarding training the allocation checks still refuse them.
      expect((await server.gql(ALLOCATE, { r: r.id, s: id }, a.MANAGER.token)).errors?.[0]?.extensions?.code).toBe(
        "SAFEGUARDING_TRAINING_EXPIRED",
      );
      expect(
        (
          await server.gql(
            TRAINING,
            { id, input: { kind: "SAFEGUARDING", completedOn: "2026-11-02", expiresOn: "2029-11-02" } },
            a.ADMIN.token,
          )
        ).errors,
      ).toBeUndefined();
      // Holding a case is lone casework: not before their observation is recorded (decision 045).
      expect((await server.gql(ALLOCATE, { r: r.id, s: id }, a.MANAGER.token)).errors?.[0]?.extensions?.code).toBe("NO_OBSERVATION");
      expect(
        (await server.gql(TRAINING, { id, input: { kind: "OBSERVATION", completedOn: "2026-11-03" } }, a.ADMIN.token)).errors,
      ).toBeUndefined();
      expect((await server.gql(ALLOCATE, { r: r.id, s: id }, a.MANAGER.token)).errors).toBeUndefined();
    });
  });

  describe("staffAccounts and team", () => {
    it("lists every account of the service; team lists only people who can hold cases", async () => {
      const accounts = await server.gql(ACCOUNTS, undefined, a.ADMIN.token);
      const roles = new Set(accounts.data!.staffAccounts.accounts.map((x) => x.role));
      expect(roles).toEqual(new Set(["MANAGER", "OFFICER", "VOLUNTEER", "STEERING", "ADMIN"]));
      expect(accounts.data!.staffAccounts.canManage).toBe(true);
      expect(accounts.data!.staffAccounts.accounts.map((x) => x.id)).not.toContain(b.OFFICER.id);
      const team = await server.gql(TEAM_ROLES, undefined, a.MANAGER.token);
      expect(new Set(team.data!.team.map((m) => m.role))).toEqual(new Set(["MANAGER", "OFFICER", "VOLUNTEER"]));
    });
  });

  describe("who may manage accounts (decision 031)", () => {
    it("a manager may where the service has no administrator, and may not where it has one", async () => {
      const small = await createService(server, { name: "Small service" });
      const manager = await createStaff(server, { serviceId: small.id, role: "MANAGER" });
      const token = await signIn(server, manager.email);
      const listed = await server.gql(ACCOUNTS, undefined, token);
      expect(listed.data?.staffAccounts.canManage).toBe(true);
      const added = await server.gql(ADD, { input: { email: uniqEmail("m"), displayName: "Mo Added", role: "OFFICER" } }, token);
      expect(added.errors).toBeUndefined();
      const refused = await server.gql(
        ADD,
        { input: { email: uniqEmail("m"), displayName: "Mo Refused", role: "OFFICER" } },
        a.MANAGER.token,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await server.gql(ACCOUNTS, undefined, a.MANAGER.token)).data?.staffAccounts.canManage).toBe(false);
    });

    it("refuses every account operation to officers, volunteers, steering members, the manager beside an administrator, another service's administrator and anonymous callers", async () => {
      const target = await newOfficer();
      const ops = [
        (t?: string) => server.gql(ADD, { input: { email: uniqEmail("z"), displayName: "Zed Zed", role: "OFFICER" } }, t),
        (t?: string) => server.gql(DEACTIVATE, { id: target.id }, t),
        (t?: string) => server.gql(REACTIVATE, { id: target.id }, t),
        (t?: string) => server.gql(RESET, { id: target.id }, t),
        (t?: string) => server.gql(ROLE, { id: target.id, input: { role: "VOLUNTEER" } }, t),
        (t?: string) => server.gql(CAPACITY, { id: target.id, input: { capacity: 3 } }, t),
        (t?: string) => server.gql(COMPLIANCE, { id: target.id, input: { dbsEnhanced: false } }, t),
        (t?: string) => server.gql(TRAINING, { id: target.id, input: { kind: "INDUCTION", completedOn: "2026-01-01" } }, t),
      ];
      const before = await staffRow(target.id);
      const staffCount = (await server.db.select().from(tables.staff)).length;
      for (const op of ops) {
        for (const role of ["OFFICER", "VOLUNTEER", "STEERING", "MANAGER"] as const) {
          expect((await op(a[role].token)).errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
        }
        expect((await op(undefined)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      }
      // Another service's administrator: the person is not found there; adding puts nobody in service A.
      for (const op of ops.slice(1)) expect((await op(b.ADMIN.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      for (const role of ["OFFICER", "VOLUNTEER", "STEERING"] as const) {
        expect((await server.gql(ACCOUNTS, undefined, a[role].token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
      expect((await server.gql(ACCOUNTS)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(await staffRow(target.id)).toEqual(before);
      expect((await server.db.select().from(tables.staff)).length).toBe(staffCount);
      expect((await server.gql(ME, undefined, target.token)).data?.me.role).toBe("OFFICER");
    });
  });
});
