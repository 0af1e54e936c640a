/**
 * The processes under test, in ONE child process (spawned by run.ts with cwd=server so tsx applies
 * the server's decorator settings): the real API (startApp) and, beside it, the baselines —
 * a bare node:http handler running a hand-written SQL statement, and a raw `ws` broadcaster fed by
 * its own LISTEN. Only one of them is driven at a time (rounds are interleaved by the parent).
 * Talks to the parent over IPC.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createHash, randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { sql, type SQL } from "drizzle-orm";
import { WebSocketServer, type WebSocket } from "ws";
import { execute, parse, isObjectType, isListType, isNonNullType, getNamedType, type GraphQLSchema, type GraphQLNamedType } from "graphql";
import { startApp } from "server/app.ts";
import { loadEnv } from "server/config/env.ts";
import { countStatements, preparedByDefault } from "server/db/client.ts";
import { fixedStatement } from "server/db/fixed-statement.ts";
import { epochMs } from "server/db/rows.ts";
import { findViewerByToken } from "server/auth/session.service.ts";
import { explainPriority, prioritySql, urgentKindsSql } from "server/triage/priority.ts";
import { ageInYears } from "server/triage/triage.rules.ts";
import { selectQueuePage } from "server/referral/referral.query.ts";
import { getServiceStats, periodsOf } from "server/statistics/statistics.service.ts";
import { observeReferralCommits, referralDeliveryReads, type ReferralCommitStamp } from "server/referral/referral.service.ts";
import { localDate } from "server/clock/calendar-date.ts";
import { selectAggregates, statisticsParts } from "server/statistics/statistics.query.ts";
import { referralMonthSource, rollupSource, sourceRange } from "server/statistics/statistics.sources.ts";

const url = process.env.BENCH_DATABASE_URL!;
const send = (m: unknown) => process.send!(m);

const app = await startApp({
  env: loadEnv({
    NODE_ENV: "production",
    DATABASE_URL: url,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    SEED_DEMO: "false",
    OVERDUE_ENGINE: "off",
  }),
});

// ---------- baseline 1: bare node:http + hand-written SQL ----------
const pg = postgres(url, { max: 2, onnotice: () => {} });
// Prepared like the API's statements (decision 013): a hand-written handler would use tagged templates, which postgres.js prepares.
const bdb = drizzle(preparedByDefault(pg));

/** The same first page the dashboard asks for: the fields of REFERRAL_FIELDS and nothing else. */
function pageStatement(serviceId: string, staffId: string, asOf: Date, limit: number, correlationId: string = randomUUID()) {
  const tz = sql`(sv.office_hours->>'timeZone')`;
  const today = sql`(${asOf.toISOString()}::timestamptz at time zone ${tz})::date`;
  const priority = prioritySql({
    safeguardingFlag: sql`r.safeguarding_flag`,
    excludedOrNoPlace: sql`r.excluded_or_no_place`,
    childInNeedOrLookedAfter: sql`r.child_in_need_or_looked_after`,
    currentStage: sql`r.current_stage`,
    firstRespondedAt: sql`r.first_responded_at`,
    responseTargetAt: sql`r.response_target_at`,
    responseDeadlineAt: sql`r.response_deadline_at`,
    priorityOverride: sql`r.priority_override`,
    keyDateOn: sql`nk.on`,
    asOf,
    timeZone: tz,
  });
  // The same shape as the API's statement (order over narrow rows, then the page's columns), which
  // is what anyone writing this page by hand against this schema would do.
  return sql`
    with scored as (
      select r.id, ${epochMs(sql`r.response_deadline_at`)} as deadline_ms, nk.kind::text as nk_kind, nk.on::text as nk_on,
        ${priority} as priority, count(*) over () as total
      from referrals r
      join services sv on sv.id = r.service_id
      left join lateral (
        select kd.kind, kd.on from key_dates kd
        where kd.referral_id = r.id and kd.kind::text in (${urgentKindsSql()}) and kd.on >= ${today}
        order by kd.on, kd.kind limit 1
      ) nk on true
      where r.service_id = ${serviceId} and r.status::text in ('NEW', 'TRIAGED', 'POOLED')
    ),
    page as (select * from scored order by priority desc, deadline_ms asc, id asc limit ${limit + 1}),
    logged as (
      insert into audit_events (service_id, actor_staff_id, action, entity_type, entity_id, fields, correlation_id)
      select ${serviceId}, ${staffId}, 'referral.list', 'referral', page.id, '["contact","child","reasonForReferral","triageNotes"]'::jsonb, ${correlationId}
      from (select id from page order by priority desc, deadline_ms asc, id asc limit ${limit}) page
    )
    select page.id, r.reference, r.status::text as status, r.channel::text as channel,
      ${epochMs(sql`r.received_at`)} as received_ms, ${epochMs(sql`r.response_target_at`)} as target_ms,
      page.deadline_ms, ${epochMs(sql`r.first_responded_at`)} as responded_ms,
      r.level, r.eligibility::text as eligibility, r.possible_duplicate_of_id is not null as dup,
      r.safeguarding_flag, r.excluded_or_no_place, r.child_in_need_or_looked_after, r.current_stage::text as current_stage,
      r.priority_override, r.priority_override_reason,
      p.id as person_id, p.full_name as contact_name, p.preferred_contact::text as preferred_contact, p.accessibility_needs,
      c.id as child_id, c.full_name as child_name, c.date_of_birth::text as dob,
      page.nk_kind, page.nk_on, page.priority, page.total, sv.office_hours->>'timeZone' as tz
    from page
    join referrals r on r.id = page.id
    join services sv on sv.id = r.service_id
    left join people p on p.id = r.person_id
    left join children c on c.id = r.child_id
    order by page.priority desc, page.deadline_ms asc, page.id asc`;
}

/**
 * The page statement as a hand-written handler holds it: its text written once, values bound per
 * request (as postgres.js tagged templates do). Rendered by drizzle once, like the API's (both sides
 * used to rebuild it through drizzle on every request, ~0.2 ms of JavaScript each).
 */
const baselineStatement = fixedStatement(
  {
    serviceId: "00000000-0000-4000-8000-00000000b001",
    staffId: "00000000-0000-4000-8000-00000000b002",
    asOf: "1901-02-03T04:05:06.789Z",
    correlationId: "00000000-0000-4000-8000-00000000b003",
  },
  (v) => pageStatement(v.serviceId, v.staffId, new Date(v.asOf), 25, v.correlationId),
);

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

async function baselineQueue(token: string) {
  const hash = createHash("sha256").update(token).digest("hex");
  const [viewer] = await pg`select s.staff_id, st.service_id from sessions s join staff st on st.id = s.staff_id
    where s.token_hash = ${hash} and s.revoked_at is null and s.expires_at > now() and st.active`;
  if (!viewer) return null;
  const asOf = new Date();
  const statement = baselineStatement({
    serviceId: viewer.service_id,
    staffId: viewer.staff_id,
    asOf: asOf.toISOString(),
    correlationId: randomUUID(),
  });
  const rows: any[] = (await bdb.execute(statement)) as any;
  const page = rows.slice(0, 25);
  const edges = page.map((r) => {
    const { reasons } = explainPriority(
      {
        safeguardingFlag: r.safeguarding_flag,
        excludedOrNoPlace: r.excluded_or_no_place,
        childInNeedOrLookedAfter: r.child_in_need_or_looked_after,
        currentStage: r.current_stage,
        nextKeyDate: r.nk_on ? { kind: r.nk_kind, on: r.nk_on } : null,
        firstRespondedAt: r.responded_ms === null ? null : new Date(r.responded_ms),
        responseTargetAt: new Date(r.target_ms),
        responseDeadlineAt: new Date(r.deadline_ms),
        priorityOverride: r.priority_override,
        priorityOverrideReason: r.priority_override_reason,
      },
      asOf,
      r.tz,
    );
    return {
      cursor: Buffer.from(JSON.stringify({ asOf: asOf.getTime(), priority: r.priority, deadlineMs: r.deadline_ms, id: r.id })).toString(
        "base64url",
      ),
      node: {
        id: r.id,
        reference: r.reference,
        status: r.status,
        channel: r.channel,
        receivedAt: iso(r.received_ms),
        responseTargetAt: iso(r.target_ms),
        responseDeadlineAt: iso(r.deadline_ms),
        firstRespondedAt: iso(r.responded_ms),
        priority: r.priority,
        safeguardingFlag: r.safeguarding_flag,
        priorityReasons: reasons.map(({ code, label, weight }) => ({ code, label, weight })),
        level: r.level,
        eligibility: r.eligibility,
        possibleDuplicate: r.dup,
        contact: r.person_id
          ? { fullName: r.contact_name, preferredContact: r.preferred_contact, accessibilityNeeds: r.accessibility_needs }
          : null,
        child: r.child_id ? { fullName: r.child_name, ageYears: r.dob ? ageInYears(r.dob, asOf, r.tz) : null } : null,
        nextKeyDate: r.nk_on ? { kind: r.nk_kind, on: r.nk_on } : null,
      },
    };
  });
  return {
    data: {
      triageQueue: {
        totalCount: page.length ? Number(page[0].total) : 0,
        pageInfo: { hasNextPage: rows.length > 25, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
      },
    },
  };
}

const bare = createServer((req: IncomingMessage, res: ServerResponse) => {
  const chunks: Buffer[] = [];
  req.on("data", (c) => chunks.push(c));
  const answer = async () => {
    try {
      const auth = req.headers.authorization ?? "";
      const body = await baselineQueue(auth.startsWith("Bearer ") ? auth.slice(7) : "");
      const text = JSON.stringify(body ?? { errors: [{ message: "unauthenticated" }] });
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
      res.end(text);
    } catch (e) {
      res.writeHead(500);
      res.end(String(e));
    }
  };
  req.on("end", () => void answer());
});
await new Promise<void>((r) => bare.listen(0, "127.0.0.1", r));

// ---------- baseline 2: raw ws broadcast, fed by LISTEN like the API ----------
const raw = new WebSocketServer({ port: 0, host: "127.0.0.1" });
await new Promise<void>((r) => raw.once("listening", () => r()));
let rawPayload = "{}";
/** When the last raw NOTIFY arrived and its last frame was written (epoch ms), for the fan-out's where-the-time-goes rows. */
const rawStamps = { notified: 0, lastFrame: 0 };
const rawListen = await pg.listen("bench_raw", () => {
  rawStamps.notified = performance.timeOrigin + performance.now();
  // Built once, sent to every client: the floor for "execute once, send N times".
  for (const client of raw.clients as Set<WebSocket>) client.send(rawPayload);
  rawStamps.lastFrame = performance.timeOrigin + performance.now();
});

// ---------- the fan-out's API-originated scenario: when createReferral's COMMIT was sent ----------
/** The last stamps, by referral id (the parent asks for each event's right after its mutation answered). */
const commitStamps = new Map<string, ReferralCommitStamp>();
observeReferralCommits((stamp) => {
  if (commitStamps.size >= 100) commitStamps.clear();
  commitStamps.set(stamp.referralId, stamp);
});

// ---------- helpers for the parent ----------
/** A selection of every field of `type` reachable without required arguments, to `depth`. */
function selection(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type)) return "";
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isObjectType(named)) {
      if (depth <= 0) continue;
      const inner = selection(schema, named, depth - 1);
      if (inner) parts.push(`${f.name} { ${inner} }`);
    } else parts.push(f.name);
  }
  return parts.join(" ");
}
void isListType;

async function viewerFor(token: string) {
  const d = app.deps;
  return findViewerByToken({ db: d.db, token, policy: d.sessionPolicy, now: d.now() });
}

async function executeCounted(token: string, query: string, variables?: Record<string, unknown>) {
  const viewer = await viewerFor(token);
  const contextValue = { ...app.deps, viewer, correlationId: randomUUID(), clientAddress: "bench", transport: "http" as const };
  const { result, count, log } = await countStatements(async () =>
    execute({ schema: app.schema, document: parse(query), variableValues: variables, contextValue }),
  );
  return { count, errors: (result as any).errors?.map((e: any) => e.message) ?? null, log };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Apollo's whole request pipeline, session lookup included, as POST /graphql runs it but without a socket (ms). */
async function timeApollo(token: string, query: string, variables?: Record<string, unknown>) {
  // Apollo's HeaderMap is a Map with lower-case keys (not importable from here: tests depend on server, not @apollo/server).
  const headers = new Map([
    ["content-type", "application/json"],
    ["authorization", `Bearer ${token}`],
  ]) as never;
  const s = performance.now();
  const response = await app.apollo.executeHTTPGraphQLRequest({
    // No `variables` key unless there are some: Apollo refuses a body whose variables are not an object.
    httpGraphQLRequest: { method: "POST", headers, search: "", body: variables ? { query, variables } : { query } },
    context: async () => ({
      ...app.deps,
      viewer: await viewerFor(token),
      correlationId: randomUUID(),
      clientAddress: "bench",
      transport: "http" as const,
    }),
  });
  if (response.body.kind !== "complete" || (response.status !== undefined && response.status !== 200)) {
    throw new Error(
      `apollo breakdown request failed: ${response.status} ${response.body.kind === "complete" ? response.body.string.slice(0, 200) : ""}`,
    );
  }
  return performance.now() - s;
}

/** Where a triageQueue request's time goes, measured in this process (no HTTP). */
async function breakdown(token: string, query: string, rounds: number) {
  const viewer = (await viewerFor(token))!;
  const doc = parse(query);
  const t = {
    session: [] as number[],
    sqlOnly: [] as number[],
    selectPage: [] as number[],
    execute: [] as number[],
    stringify: [] as number[],
    apollo: [] as number[],
  };
  for (let i = 0; i < rounds; i++) {
    let s = performance.now();
    await viewerFor(token);
    t.session.push(performance.now() - s);
    s = performance.now();
    await bdb.execute(
      baselineStatement({
        serviceId: viewer.serviceId,
        staffId: viewer.staffId,
        asOf: new Date().toISOString(),
        correlationId: randomUUID(),
      }),
    );
    t.sqlOnly.push(performance.now() - s);
    s = performance.now();
    // The queue's page as triageQueue reads it for this query's fields (its rows as views, no field worked out yet).
    await selectQueuePage(app.deps.db, {
      serviceId: viewer.serviceId,
      asOf: new Date(),
      filter: { statuses: ["NEW", "TRIAGED", "POOLED"], channels: [], levels: [], overdue: null, safeguarding: null },
      after: null,
      limit: 25,
      audit: { action: "referral.list", actorStaffId: viewer.staffId, correlationId: randomUUID() },
      columns: "queue",
    });
    t.selectPage.push(performance.now() - s);
    s = performance.now();
    const result = await execute({
      schema: app.schema,
      document: doc,
      contextValue: { ...app.deps, viewer, correlationId: randomUUID(), clientAddress: "bench", transport: "http" },
    });
    t.execute.push(performance.now() - s);
    s = performance.now();
    JSON.stringify(result);
    t.stringify.push(performance.now() - s);
    t.apollo.push(await timeApollo(token, query));
  }
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
}

/**
 * A change to the service's statistics (decisions 057, 059, 060), committed. `all`: every source the
 * statements for the period read (each table, and each month of the rollups) gets a new version, as
 * one write to each would give (everything is computed again). `referral`: the versions a new
 * referral's COMMIT gives (referrals, and this month's rollups, which its flush writes). `activity`:
 * an activity recorded — a copy of one of the service's activities inserted through the real
 * triggers, whose COMMIT flushes it into this month's rollups (only the latest month's rollup
 * statement is computed again). `case`: the versions a case's level change gives (the case and its
 * level-change row): the casework statement and the horizon are computed again.
 */
let activityColumns: string | undefined;
/** Every source the statistics statements for a period read (the same whatever the service), listed once per period. */
const sourcesByPeriod = new Map<string, string[]>();
const statisticsSources = (period: { f: string; t: string }) => {
  const key = `${period.f}|${period.t}`;
  let sources = sourcesByPeriod.get(key);
  if (!sources) {
    const { current, previous } = periodsOf(period.f, period.t, "Europe/London");
    sources = [...new Set(statisticsParts({ serviceId: randomUUID(), current, previous, asOf: new Date() }).flatMap((p) => p.sources))];
    sourcesByPeriod.set(key, sources);
  }
  return sources;
};
async function statsChange(serviceId: string, period: { f: string; t: string }, kind: "all" | "referral" | "activity" | "case" = "all") {
  if (kind === "activity") {
    if (!activityColumns) {
      const [row] = (await bdb.execute(
        sql`select string_agg(quote_ident(column_name), ', ' order by ordinal_position) as c from information_schema.columns
          where table_schema = 'public' and table_name = 'activities' and column_name <> 'id'`,
      )) as unknown as { c: string }[];
      activityColumns = row!.c;
    }
    const c = sql.raw(activityColumns);
    // The service's latest activity (this month's in the bench's data, as casework recorded today is).
    await bdb.execute(
      sql`insert into activities (${c}) select ${c} from activities where service_id = ${serviceId} order by occurred_at desc limit 1`,
    );
    return;
  }
  const today = localDate(new Date(), "Europe/London");
  const sources =
    kind === "referral"
      ? [referralMonthSource(new Date()), rollupSource("stats_daily", today), rollupSource("stats_monthly", today)]
      : kind === "case"
        ? // A case's level changed (changeCaseLevel): the case and its level-change row (decision 062: not the response clock).
          ["cases", "case_level_changes"]
        : // A range of months changes as a change to its latest month would change it (once: a month may also be named alone).
          [...new Set(statisticsSources(period).map((source) => sourceRange(source)[1]))];
  await bdb.execute(sql`insert into stats_source_versions (service_id, source, version)
    select ${serviceId}, s.source, nextval('stats_version_seq') from (values ${sql.join(
      sources.map((source) => sql`(${source}::text)`),
      sql`, `,
    )}) s(source)
    on conflict (service_id, source) do update set version = excluded.version`);
}

/** Where a serviceStats request's time goes, measured in this process (no HTTP). */
async function statsBreakdown(token: string, query: string, variables: { f: string; t: string }, rounds: number) {
  const viewer = (await viewerFor(token))!;
  const doc = parse(query);
  const { current, previous } = periodsOf(variables.f, variables.t, "Europe/London");
  const opts = { serviceId: viewer.serviceId, current, previous, asOf: new Date() };
  const t = {
    statement: [] as number[],
    service: [] as number[],
    kept: [] as number[],
    execute: [] as number[],
    stringify: [] as number[],
    apollo: [] as number[],
  };
  // Every timing below but `kept` is of figures computed afresh.
  const change = () => statsChange(viewer.serviceId, variables);
  for (let i = 0; i < rounds; i++) {
    let s = performance.now();
    await selectAggregates(app.deps.db, opts);
    t.statement.push(performance.now() - s);
    await change();
    s = performance.now();
    await getServiceStats({ db: app.deps.db, viewer, from: variables.f, to: variables.t, now: new Date() });
    t.service.push(performance.now() - s);
    s = performance.now();
    await getServiceStats({ db: app.deps.db, viewer, from: variables.f, to: variables.t, now: new Date() });
    t.kept.push(performance.now() - s);
    await change();
    s = performance.now();
    const result = await execute({
      schema: app.schema,
      document: doc,
      variableValues: variables,
      contextValue: { ...app.deps, viewer, correlationId: randomUUID(), clientAddress: "bench", transport: "http" },
    });
    t.execute.push(performance.now() - s);
    s = performance.now();
    JSON.stringify(result);
    t.stringify.push(performance.now() - s);
    await change();
    t.apollo.push(await timeApollo(token, query, variables));
  }
  // The database's own view of the statement: planning and execution (one EXPLAIN ANALYZE, warm).
  const captured: SQL[] = [];
  await selectAggregates({ execute: async (statement: SQL) => (captured.push(statement), []) } as never, opts);
  let planning = 0;
  let executing = 0;
  for (const statement of captured) {
    const explain = await bdb.transaction(async (tx) => {
      await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
      return (await tx.execute(sql`explain (analyze, format json) ${statement}`)) as unknown as any[];
    });
    const plan = explain[0]["QUERY PLAN"][0];
    planning += plan["Planning Time"];
    executing += plan["Execution Time"];
  }
  return { ...Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)])), statements: captured.length, planning, executing };
}

const onMessage = async (m: any) => {
  try {
    let result: unknown;
    switch (m.cmd) {
      case "fanout": {
        result = { ...app.fanoutStats(), sessions: app.deps.sessions.stats(), referralReads: referralDeliveryReads() };
        break;
      }
      case "mem": {
        for (let i = 0; i < 3; i++) (globalThis as any).gc?.();
        await new Promise((r) => setTimeout(r, 200));
        (globalThis as any).gc?.();
        const u = process.memoryUsage();
        result = { rss: u.rss, heapUsed: u.heapUsed, external: u.external, wsClients: raw.clients.size };
        break;
      }
      case "count":
        result = await executeCounted(m.token, m.query, m.variables);
        break;
      case "selection":
        result = selection(app.schema, app.schema.getType(m.type)!, m.depth);
        break;
      case "rawStamps":
        result = rawStamps;
        break;
      case "clock":
        result = performance.timeOrigin + performance.now();
        break;
      case "referralCommit":
        result = commitStamps.get(m.referralId) ?? null;
        break;
      case "rawPayload":
        rawPayload = JSON.stringify({ type: "next", id: "x", payload: { pad: "x".repeat(Math.max(0, m.bytes - 40)) } });
        result = rawPayload.length;
        break;
      case "breakdown":
        result = await breakdown(m.token, m.query, m.rounds);
        break;
      case "cpu": {
        // This process's CPU time so far (user + system, ms): the queue's CPU per request, whatever else loads the machine.
        const u = process.cpuUsage();
        result = (u.user + u.system) / 1000;
        break;
      }
      case "statsChange":
        await statsChange(m.serviceId, m.period, m.kind);
        result = true;
        break;
      case "statsBreakdown":
        result = await statsBreakdown(m.token, m.query, m.variables, m.rounds);
        break;
      case "stop":
        await rawListen.unlisten();
        raw.close();
        bare.close();
        await pg.end({ timeout: 2 });
        await app.close();
        result = true;
        break;
    }
    send({ id: m.id, result });
    if (m.cmd === "stop") setTimeout(() => process.exit(0), 50);
  } catch (e) {
    send({ id: m.id, error: String((e as Error)?.stack ?? e) });
  }
};
process.on("message", (m: any) => void onMessage(m));

send({
  ready: true,
  url: app.url,
  wsUrl: app.wsUrl,
  baselineUrl: `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`,
  rawWsUrl: `ws://127.0.0.1:${(raw.address() as AddressInfo).port}/`,
});
