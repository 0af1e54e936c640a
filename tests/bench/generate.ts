/**
 * Seeded, deterministic benchmark data written with bulk SQL (insert … select generate_series).
 * Every "random" choice is hashint8extended(index, seed + salt), every id md5(seed:kind:index)::uuid,
 * so a seed and an anchor instant always give the same rows. Times are relative to `anchor`.
 */
import type { Sql } from "postgres";

export type Size = "small" | "large" | "huge";

export interface SizeSpec {
  services: number;
  referralsPerService: number;
  /** Share of each service's referrals (its newest) still open in the triage queue. */
  openShare: number;
  staffPerService: number;
  years: number;
}

// ~13 activities per case and ~82% of referrals become cases → ~10.6 activities per referral.
export const SIZES: Record<Size, SizeSpec> = {
  small: { services: 1, referralsPerService: 5_000, openShare: 0.07, staffPerService: 24, years: 4 },
  large: { services: 150, referralsPerService: 630, openShare: 0.07, staffPerService: 24, years: 4 },
  huge: { services: 150, referralsPerService: 6_300, openShare: 0.07, staffPerService: 24, years: 4 },
};

/** Staff layout of every generated service, by 1-based index. */
export const STAFF_LAYOUT = { managers: [1, 2, 3], officers: [4, 15], volunteers: [16, 21], steering: [22, 23], admin: [24] };

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
/** A weighted choice as a SQL array with each value repeated by its weight. */
function weighted(pairs: [string, number][]) {
  const values = pairs.flatMap(([v, w]) => Array.from({ length: w }, () => v));
  return `array[${values.map(lit).join(",")}]::text[]`;
}
const pick = (arr: string, r: string) => `(${arr})[1 + floor(${r} * array_length(${arr}, 1))::int]`;

const CHANNELS = weighted([
  ["HELPLINE", 30],
  ["EMAIL", 15],
  ["WEB_FORM", 25],
  ["ANSWERPHONE", 8],
  ["LETTER", 2],
  ["IN_PERSON", 5],
  ["PROFESSIONAL", 15],
]);
const STAGES = weighted([
  ["SEN_SUPPORT", 30],
  ["NO_SUPPORT_YET", 15],
  ["EHC_NEEDS_ASSESSMENT", 18],
  ["DRAFT_PLAN", 6],
  ["EHC_PLAN", 14],
  ["ANNUAL_REVIEW", 7],
  ["APPEAL_TRIBUNAL", 5],
  ["EXCLUSION", 3],
  ["OTHER", 2],
]);
const HEARD = weighted([
  ["SCHOOL", 25],
  ["HEALTH", 10],
  ["LOCAL_AUTHORITY", 12],
  ["LOCAL_OFFER", 10],
  ["FRIEND_FAMILY", 15],
  ["SOCIAL_MEDIA", 10],
  ["EVENT", 3],
  ["SEARCH_ENGINE", 8],
  ["PREVIOUS_USE", 5],
  ["OTHER", 2],
]);
const NEED = weighted([
  ["COMMUNICATION_INTERACTION", 38],
  ["COGNITION_LEARNING", 18],
  ["SOCIAL_EMOTIONAL_MENTAL_HEALTH", 28],
  ["SENSORY_PHYSICAL", 10],
  ["NOT_KNOWN", 6],
]);
const DIAG = weighted([
  ["DIAGNOSED", 45],
  ["BEING_ASSESSED", 30],
  ["NONE", 25],
]);
const ETHNICITY = weighted([
  ["White", 70],
  ["Asian or Asian British", 10],
  ["Black, Black British, Caribbean or African", 5],
  ["Mixed or multiple ethnic groups", 6],
  ["Other ethnic group", 3],
  ["Prefer not to say", 6],
]);
// Ages at referral 0–25, most at primary and secondary school.
const AGES = weighted(
  Array.from({ length: 26 }, (_, a) => [String(a), a < 3 ? 1 : a < 5 ? 3 : a <= 15 ? 8 : a <= 18 ? 4 : 1] as [string, number]),
);
const LEVELS = weighted([
  ["1", 35],
  ["2", 35],
  ["3", 22],
  ["4", 8],
]);
const PROF = weighted([
  ["SEN_ASSESSMENT_TEAM", 3],
  ["INDEPENDENT_SUPPORT", 1],
  ["SOCIAL_WORKER", 3],
  ["FAMILY_SUPPORT_WORKER", 3],
  ["HEALTH", 4],
  ["SCHOOL_STAFF", 6],
  ["SERVICE_COORDINATOR", 1],
  ["OTHER", 1],
]);
const CONTACT = weighted([
  ["PHONE", 45],
  ["EMAIL", 40],
  ["TEXT", 12],
  ["LETTER", 3],
]);
const ACTIVITY = weighted([
  ["PHONE_CALL", 28],
  ["EMAIL", 22],
  ["LETTER", 3],
  ["FACE_TO_FACE", 5],
  ["HOME_VISIT", 1],
  ["ADVICE_GIVEN", 12],
  ["INFORMATION_GIVEN", 8],
  ["PROFESSIONAL_CONTACT", 9],
  ["MEETING_PREPARED", 4],
  ["MEETING_ATTENDED", 4],
  ["LITERATURE_SENT", 2],
  ["NOTE", 2],
]);
const MINUTES = weighted([
  ["5", 10],
  ["10", 20],
  ["15", 20],
  ["30", 20],
  ["45", 10],
  ["60", 10],
  ["90", 5],
  ["120", 5],
]);
const CLOSURE = weighted([
  ["OUTCOME_ACHIEVED", 60],
  ["FAMILY_WITHDREW", 8],
  ["NO_CONTACT", 12],
  ["MISSED_MEETINGS", 3],
  ["CONDUCT_REMOVAL", 1],
  ["SIGNPOSTED_ELSEWHERE", 8],
  ["MOVED_AWAY", 4],
  ["OTHER", 4],
]);
const FIRST =
  "array['Amira','Ben','Chloe','Daniel','Ella','Farhan','Grace','Harry','Isla','Jacob','Kiran','Lily','Mason','Nia','Oscar','Priya','Reuben','Sofia','Tomasz','Zara']";
const LAST =
  "array['Ahmed','Baker','Clarke','Davies','Evans','Hughes','Khan','Lewis','Morris','Nowak','Owen','Patel','Roberts','Shaw','Taylor','Walker','Wright','Young']";
const PARENT = "array['Aisha','Claire','David','Emma','Gareth','Helen','Imran','Joanne','Kelly','Mark','Nadia','Rachel','Sarah','Tom']";
const SETTINGS =
  "array['Oak Primary School','Hanley Park Academy','St Mary''s CE Primary','Trentham High School','Stoke Sixth Form College','Little Acorns Nursery','Meir Valley Academy','Home educated']";
const NEEDS_TEXT =
  "array['Autism; finds transitions and noisy classrooms very hard.','Speech and language delay, being assessed by SALT.','Dyslexia suspected; falling behind in reading.','ADHD and anxiety; several fixed-term exclusions this year.','Hearing impairment; needs a radio aid in class.','Cerebral palsy; needs support with mobility and personal care.','Global developmental delay.','Emotionally based school avoidance since Year 7.']";
const REASONS =
  "array['Wants to request an EHC needs assessment and does not know where to start.','School has said they cannot meet needs; asking about an EHC needs assessment.','Received a draft EHC plan and would like help to comment on it.','The local authority refused to assess; considering an appeal.','Child has been excluded; hearing with governors coming up.','Annual review meeting next month; plan is out of date.','Wants advice on SEN support at school and what to ask the SENCo.','Transition to secondary school; worried the new school won''t follow the plan.']";
const SUMMARIES =
  "array['Talked through the EHC needs assessment process.','Sent the IPSEA model letter to request an assessment.','Helped the parent prepare questions for the SENCo.','Discussed the draft plan section by section.','Explained the appeal timeline and mediation.','Followed up after the annual review meeting.','Signposted to the local offer and parent carer forum.','Called the school with the family''s consent.']";

export interface GenerateOptions {
  seed: number;
  /** All generated times are relative to this instant (the benchmark's start). */
  anchor: Date;
  log?: (msg: string) => void;
}

export interface ServiceRange {
  /** 1-based service indexes [from, to]. */
  from: number;
  to: number;
  referralsPerService: number;
  openShare: number;
  years: number;
  /** Global referral indexes start after this (keeps ids unique across calls). */
  base: number;
}

export const serviceId = (seed: number, s: number) => md5uuid(`${seed}:svc:${s}`);
export const staffId = (seed: number, s: number, j: number) => md5uuid(`${seed}:staff:${(s - 1) * 1000 + j}`);
import { createHash } from "node:crypto";
function md5uuid(text: string) {
  const h = createHash("md5").update(text).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export class Generator {
  constructor(
    private readonly sql: Sql,
    private readonly opts: GenerateOptions,
  ) {}

  private async step(label: string, text: string) {
    const t = performance.now();
    const res = await this.sql.unsafe(text);
    this.opts.log?.(`  ${label}: ${res.count ?? 0} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }

  async functions() {
    const seed = this.opts.seed;
    await this.sql.unsafe(`
      create or replace function bench_r(i bigint, salt int) returns float8 language sql immutable parallel safe as
        $$ select (hashint8extended(i, ${seed}::bigint * 1000 + salt) & 9007199254740991)::float8 / 9007199254740992.0 $$;
      create or replace function bench_id(kind text, i bigint) returns uuid language sql immutable parallel safe as
        $$ select md5('${seed}:' || kind || ':' || i)::uuid $$;`);
  }

  /** Services with their staff, training and one manager/steering session each is left to the caller. */
  async services(from: number, to: number, staffPerService: number) {
    const anchor = lit(this.opts.anchor.toISOString());
    await this.step(
      "services",
      `insert into services (id, slug, name, area_name, area_postcode_districts, response_target_days, response_max_days, created_at)
       select bench_id('svc', s), 'bench-' || s, 'Bench SENDIASS ' || s, 'Area ' || s,
         jsonb_build_array('A' || s || '1', 'A' || s || '2', 'A' || s || '3'),
         case when bench_r(s, 1) < 0.7 then 1 else 5 end, case when bench_r(s, 1) < 0.7 then 2 else 10 end,
         ${anchor}::timestamptz - interval '5 years'
       from generate_series(${from}, ${to}) s`,
    );
    await this.step(
      "staff",
      `insert into staff (id, service_id, email, display_name, role, password_hash, capacity, dbs_enhanced, dbs_checked_on, dbs_renewal_due_on, confidentiality_signed_on)
       select bench_id('staff', (s - 1) * 1000 + j), bench_id('svc', s), 'staff' || s || '-' || j || '@bench.sendiass.test',
         ${pick(FIRST, "bench_r(s * 1000 + j, 2)")} || ' ' || ${pick(LAST, "bench_r(s * 1000 + j, 3)")},
         (case when j <= 3 then 'MANAGER' when j <= 15 then 'OFFICER' when j <= 21 then 'VOLUNTEER' when j <= 23 then 'STEERING' else 'ADMIN' end)::staff_role,
         'not-a-hash', case when j <= 3 then 8 when j <= 15 then 25 when j <= 21 then 8 else 0 end,
         true, (${anchor}::date - 400), (${anchor}::date + 700), (${anchor}::date - 400)
       from generate_series(${from}, ${to}) s, generate_series(1, ${staffPerService}) j`,
    );
    await this.step(
      "staff_training",
      `insert into staff_training (id, service_id, staff_id, kind, completed_on, expires_on)
       select bench_id('training', ((s - 1) * 1000 + j) * 10 + t), bench_id('svc', s), bench_id('staff', (s - 1) * 1000 + j),
         (array['INDUCTION','SAFEGUARDING','IPSEA_LEVEL_1','IPSEA_LEVEL_2','IPSEA_LEVEL_3'])[t]::training_kind,
         ${anchor}::date - 300 + t * 20, case when t = 2 then ${anchor}::date + 600 end
       from generate_series(${from}, ${to}) s, generate_series(1, least(${staffPerService}, 21)) j, generate_series(1, 5) t
       where t <= 3 or (t = 4 and j <= 15) or (t = 5 and j <= 15 and j % 3 = 0) or (t = 5 and j <= 3)`,
    );
  }

  /**
   * Referrals (with person, child, key dates) and, for those that became cases, cases, allocations,
   * activities, consents, meetings, evaluation invitations. Referral k of a service (1 = oldest) is
   * received (1 - k/R) × years ago; the newest `openShare` are still in the triage queue.
   */
  async referrals(range: ServiceRange) {
    const { from, to, referralsPerService: R, openShare, years, base } = range;
    const anchor = `${lit(this.opts.anchor.toISOString())}::timestamptz`;
    const span = Math.round(years * 365);
    await this.sql.unsafe(`drop table if exists bench_ref`);
    await this.step(
      "bench_ref (plan)",
      `create unlogged table bench_ref as
       with b as (
         select ${base}::bigint + i as g, ${from} + ((i - 1) / ${R}) as s, ((i - 1) % ${R}) + 1 as k
         from generate_series(1, ${(to - from + 1) * R}::bigint) i
       ), c as (
         select b.*, ${pick(CHANNELS, "bench_r(g, 10)")}::referral_channel as channel,
           ${pick(AGES, "bench_r(g, 11)")}::int as age,
           k > ${R} * (1 - ${openShare}::float8) as in_queue,
           ${anchor} - (${span}::float8 * (1 - k::float8 / ${R}) + bench_r(g, 12) * 0.25) * interval '1 day' as received_at,
           ${pick(STAGES, "bench_r(g, 13)")}::current_stage as stage,
           ${pick(LEVELS, "bench_r(g, 14)")}::int as lvl
         from b
       )
       select c.*, bench_id('ref', g) as id, bench_id('svc', s) as service_id,
         bench_id('person', g) as person_id, bench_id('child', g) as child_id, bench_id('case', g) as case_id,
         case when in_queue then (case when bench_r(g, 15) < 0.6 then 'NEW' when bench_r(g, 15) < 0.85 then 'TRIAGED' else 'POOLED' end)
              when bench_r(g, 16) < 0.12 then 'SIGNPOSTED'
              when received_at < ${anchor} - interval '180 days' and bench_r(g, 17) < 0.97 then 'CLOSED'
              when bench_r(g, 17) < 0.15 then 'CLOSED'
              else 'ALLOCATED' end as status,
         (bench_r(g, 18) < 0.10) as inactive,
         case when not in_queue or bench_r(g, 15) >= 0.6 or bench_r(g, 19) < 0.3
              then received_at + (1 + bench_r(g, 20) * 40) * interval '1 hour' end as responded_at,
         case when not in_queue or bench_r(g, 15) >= 0.6 then received_at + (2 + bench_r(g, 21) * 20) * interval '1 hour' end as triaged_at,
         case when lvl >= 3 then 4 + floor(bench_r(g, 22) * 12)::int else 4 + floor(bench_r(g, 22) * 18)::int end as holder,
         case lvl when 1 then 1 + floor(bench_r(g, 23) * 4) when 2 then 3 + floor(bench_r(g, 23) * 10)
                  when 3 then 10 + floor(bench_r(g, 23) * 30) else 25 + floor(bench_r(g, 23) * 50) end::int as n_act
       from c`,
    );
    await this.sql.unsafe(`alter table bench_ref add column closed_at timestamptz`);
    await this.step(
      "bench_ref (closures)",
      `update bench_ref set closed_at = least(${anchor} - interval '1 day', triaged_at + (20 + bench_r(g, 24) * 150) * interval '1 day')
       where status = 'CLOSED'`,
    );
    await this.step(
      "people",
      `insert into people (id, service_id, role, full_name, email, phone, address, postcode, preferred_contact, accessibility_needs, interpreter_language, ethnicity, created_at)
       select person_id, service_id,
         (case when age >= 16 and bench_r(g, 30) < 0.4 and channel <> 'PROFESSIONAL' then 'YOUNG_PERSON' else 'PARENT_CARER' end)::person_role,
         ${pick(PARENT, "bench_r(g, 31)")} || ' ' || ${pick(LAST, "bench_r(g, 32)")},
         case when bench_r(g, 33) < 0.75 then 'family' || g || '@example.org' end,
         '07700 ' || lpad((g % 1000000)::text, 6, '0'),
         case when bench_r(g, 34) < 0.4 then (1 + g % 200) || ' Church Road' end,
         case when bench_r(g, 35) < 0.93 then 'A' || s || (1 + floor(bench_r(g, 36) * 3)::int) || ' ' || (1 + g % 9) || 'AB' else 'ZZ9 9ZZ' end,
         ${pick(CONTACT, "bench_r(g, 37)")}::contact_method,
         case when bench_r(g, 38) < 0.06 then '["INTERPRETER"]' when bench_r(g, 38) < 0.12 then '["LARGE_PRINT"]'
              when bench_r(g, 38) < 0.14 then '["EASY_READ"]' when bench_r(g, 38) < 0.15 then '["BSL"]' else '[]' end::jsonb,
         case when bench_r(g, 38) < 0.06 then (array['Polish','Urdu','Punjabi','Romanian','Arabic'])[1 + g % 5] end,
         ${pick(ETHNICITY, "bench_r(g, 39)")}, received_at
       from bench_ref`,
    );
    await this.step(
      "children",
      `insert into children (id, service_id, full_name, date_of_birth, education_setting, needs_overview, diagnosis_status, primary_need, ethnicity, created_at)
       select child_id, service_id, ${pick(FIRST, "bench_r(g, 40)")} || ' ' || ${pick(LAST, "bench_r(g, 32)")},
         (received_at::date - (age * 365.25 + bench_r(g, 41) * 360)::int),
         case when age < 4 then 'Little Acorns Nursery' else ${pick(SETTINGS, "bench_r(g, 42)")} end,
         ${pick(NEEDS_TEXT, "bench_r(g, 43)")}, ${pick(DIAG, "bench_r(g, 44)")}::diagnosis_status,
         ${pick(NEED, "bench_r(g, 45)")}::primary_need, ${pick(ETHNICITY, "bench_r(g, 39)")}, received_at
       from bench_ref`,
    );
    await this.step(
      "referrals",
      `insert into referrals (id, service_id, reference, status, channel, source, professional_type, referrer_name, referrer_organisation,
         family_consented_to_share, person_id, child_id, reason_for_referral, current_stage, how_heard, topic, age_at_referral, postcode_district,
         received_at, response_target_at, response_deadline_at, first_responded_at, eligibility, ineligible_reason, signposting, level,
         safeguarding_flag, excluded_or_no_place, child_in_need_or_looked_after, triaged_at, triaged_by_id, published_to_pool_at,
         created_by_id, created_at, updated_at, case_opened_at)
       select id, service_id, 'B-' || lpad(k::text, 7, '0'), status::referral_status, channel,
         (case when channel = 'PROFESSIONAL' then 'PROFESSIONAL' when age >= 16 and bench_r(g, 30) < 0.4 then 'YOUNG_PERSON' else 'PARENT_CARER' end)::referral_source,
         case when channel = 'PROFESSIONAL' then ${pick(PROF, "bench_r(g, 50)")}::professional_type end,
         case when channel = 'PROFESSIONAL' then ${pick(PARENT, "bench_r(g, 51)")} || ' ' || ${pick(LAST, "bench_r(g, 52)")} end,
         case when channel = 'PROFESSIONAL' then ${pick(SETTINGS, "bench_r(g, 53)")} end,
         true, person_id, child_id, ${pick(REASONS, "bench_r(g, 54)")}, stage, ${pick(HEARD, "bench_r(g, 55)")}::how_heard, null, age,
         'A' || s || '1', received_at,
         received_at + interval '1 day', received_at + interval '2 days', responded_at,
         (case when status = 'SIGNPOSTED' then 'INELIGIBLE' when triaged_at is null then 'PENDING' else 'ELIGIBLE' end)::eligibility,
         case when status = 'SIGNPOSTED' then 'Lives outside the service area' end,
         case when status = 'SIGNPOSTED' then 'Neighbouring SENDIASS' end,
         case when status in ('NEW', 'SIGNPOSTED') then null else lvl end,
         bench_r(g, 56) < 0.02, (stage = 'EXCLUSION' and bench_r(g, 57) < 0.7) or bench_r(g, 57) < 0.02, bench_r(g, 58) < 0.06,
         triaged_at, case when triaged_at is not null then bench_id('staff', (s - 1) * 1000 + 1 + g % 3) end,
         case when status = 'POOLED' then triaged_at end,
         case when channel <> 'WEB_FORM' then bench_id('staff', (s - 1) * 1000 + 1 + g % 3) end, received_at, coalesce(triaged_at, received_at),
         -- What the trigger on cases sets (decision 062) when the cases below are inserted: it then finds nothing to change.
         case when status in ('ALLOCATED', 'CLOSED') then triaged_at end
       from bench_ref`,
    );
    await this.step(
      "key_dates",
      `insert into key_dates (id, service_id, referral_id, kind, "on", notes, created_at)
       select bench_id('kd', g), service_id, id,
         (case stage when 'APPEAL_TRIBUNAL' then 'TRIBUNAL' when 'EXCLUSION' then 'EXCLUSION_HEARING' when 'EHC_NEEDS_ASSESSMENT' then 'DECISION_TO_ASSESS_DUE'
                     when 'DRAFT_PLAN' then 'DRAFT_PLAN_COMMENTS_DUE' else 'MEETING' end)::key_date_kind,
         case when in_queue then ${anchor}::date + floor(bench_r(g, 60) * 45)::int - 5 else received_at::date + 30 + floor(bench_r(g, 60) * 60)::int end,
         'Key date', received_at
       from bench_ref
       where stage in ('APPEAL_TRIBUNAL', 'EXCLUSION', 'EHC_NEEDS_ASSESSMENT', 'DRAFT_PLAN') or bench_r(g, 61) < 0.1`,
    );
    const withCase = `from bench_ref where status in ('ALLOCATED', 'CLOSED')`;
    await this.step(
      "cases",
      `insert into cases (id, service_id, referral_id, status, level, opened_at, last_activity_at, closed_at, closure_reason)
       select case_id, service_id, id,
         (case when status = 'CLOSED' then 'CLOSED' when inactive then 'INACTIVE' else 'OPEN' end)::case_status, lvl, triaged_at,
         coalesce(closed_at, least(${anchor}, triaged_at + interval '20 days')),
         closed_at, case when closed_at is not null then ${pick(CLOSURE, "bench_r(g, 62)")}::closure_reason end
       ${withCase}`,
    );
    await this.step(
      "allocations",
      `insert into allocations (id, service_id, case_id, staff_id, kind, allocated_by_id, allocated_at, accepted_at, ended_at)
       select bench_id('alloc', g), service_id, case_id, bench_id('staff', (s - 1) * 1000 + holder),
         (case when bench_r(g, 63) < 0.2 then 'CLAIMED' else 'DIRECT' end)::allocation_kind,
         bench_id('staff', (s - 1) * 1000 + 1 + g % 3), triaged_at, triaged_at + interval '3 hours', closed_at
       ${withCase}`,
    );
    await this.step(
      "consents",
      `insert into consents (id, service_id, case_id, party_name, party_organisation, party_type, granted, given_on, method, review_on, recorded_by_id, created_at)
       select bench_id('consent', g * 4 + n), service_id, case_id,
         (array['SENCo','Class teacher','Educational psychologist','SEN caseworker'])[n], ${pick(SETTINGS, "bench_r(g, 64)")},
         (array['SCHOOL','SCHOOL','HEALTH','LOCAL_AUTHORITY_SEN_TEAM'])[n], bench_r(g * 4 + n, 65) < 0.92,
         triaged_at::date + n, (array['VERBAL','WRITTEN','EMAIL','WEB_FORM'])[1 + (g + n) % 4]::consent_method,
         triaged_at::date + n + 365, bench_id('staff', (s - 1) * 1000 + holder), triaged_at
       ${withCase.replace("from bench_ref", "from bench_ref, generate_series(1, 4) n")} and lvl >= 2 and n <= lvl - 1`,
    );
    await this.step(
      "meetings",
      `insert into meetings (id, service_id, case_id, kind, scheduled_at, notice_received_on, status, family_present, key_points, follow_up_due_on, follow_up_done_at, created_at)
       select bench_id('meeting', g * 4 + n), service_id, case_id, (array['Annual review','SEN support plan review','EHC planning meeting','Exclusion hearing'])[n],
         triaged_at + (14 + n * 25) * interval '1 day', triaged_at::date - 14 + n * 25,
         (case when closed_at is null and triaged_at + (14 + n * 25) * interval '1 day' > ${anchor} then 'SCHEDULED'
               when bench_r(g * 4 + n, 66) < 0.08 then 'MISSED_WITHOUT_NOTICE' when bench_r(g * 4 + n, 66) < 0.12 then 'CANCELLED' else 'ATTENDED' end)::meeting_status,
         true, 'Agreed next steps with the school.', triaged_at::date + 28 + n * 25, triaged_at + (30 + n * 25) * interval '1 day', triaged_at
       ${withCase.replace("from bench_ref", "from bench_ref, generate_series(1, 3) n")} and lvl >= 3 and n <= lvl - 1`,
    );
    await this.step(
      "activities",
      `insert into activities (id, service_id, case_id, staff_id, kind, occurred_at, minutes, with_family, summary, created_at)
       select bench_id('act', g * 100 + a), service_id, case_id, bench_id('staff', (s - 1) * 1000 + holder),
         ${pick(ACTIVITY, "bench_r(g * 100 + a, 70)")}::activity_kind,
         triaged_at + (coalesce(closed_at, ${anchor}) - triaged_at) * (a::float8 / (n_act + 1)),
         ${pick(MINUTES, "bench_r(g * 100 + a, 71)")}::int, bench_r(g * 100 + a, 72) < 0.6, ${pick(SUMMARIES, "bench_r(g * 100 + a, 73)")},
         triaged_at + (coalesce(closed_at, ${anchor}) - triaged_at) * (a::float8 / (n_act + 1))
       from bench_ref, generate_series(1, n_act) a where status in ('ALLOCATED', 'CLOSED')`,
    );
    await this.step(
      "safeguarding_concerns",
      `insert into safeguarding_concerns (id, service_id, referral_id, raised_by_id, raised_at, summary, acknowledged_by_id, acknowledged_at)
       select bench_id('sg', g), service_id, id, bench_id('staff', (s - 1) * 1000 + holder), received_at + interval '2 hours', 'Concern raised',
         bench_id('staff', (s - 1) * 1000 + 1), received_at + interval '3 hours'
       from bench_ref where bench_r(g, 56) < 0.02`,
    );
    await this.step(
      "evaluation_invitations",
      `insert into evaluation_invitations (id, service_id, token_hash, closure_month, level, channel, returned)
       select bench_id('eval', g), service_id, md5('eval' || g || ${this.opts.seed}), date_trunc('month', closed_at)::date, lvl, channel, bench_r(g, 74) < 0.3
       from bench_ref where closed_at is not null`,
    );
    await this.step(
      "anonymous_enquiries",
      `insert into anonymous_enquiries (id, service_id, channel, received_on)
       select bench_id('anon', g), service_id, channel, received_at::date from bench_ref where bench_r(g, 75) < 0.1`,
    );
    await this.step(
      "waiting_list_snapshots",
      `insert into waiting_list_snapshots (service_id, taken_on, waiting, past_maximum)
       select bench_id('svc', s), ${anchor}::date - d, 5 + floor(bench_r(s * 10000 + d, 76) * 40)::int, floor(bench_r(s * 10000 + d, 77) * 8)::int
       from generate_series(${from}, ${to}) s, generate_series(1, least(${span}, 730)) d`,
    );
    await this.sql.unsafe(`drop table bench_ref`);
  }

  async analyze() {
    const t = performance.now();
    // VACUUM as well: a bulk load leaves no visibility map, and index-only scans would visit the heap
    // for every row until autovacuum caught up (serviceStats at 10M activities: ~270 ms instead of ~20).
    await this.sql.unsafe(`vacuum (analyze)`);
    this.opts.log?.(`  vacuum and analyze: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
}
