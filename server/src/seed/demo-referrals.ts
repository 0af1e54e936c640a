import { eq } from "drizzle-orm";
import type { Tx } from "../db/client.js";
import { services } from "../service/service.table.js";
import { staff } from "../staff/staff.table.js";
import { referrals } from "../referral/referral.table.js";
import { activities, allocations, cases, consents } from "../casework/casework.table.js";
import { insertReferral, type NewReferral } from "../referral/referral.service.js";
import { ETHNIC_GROUP } from "../core/vocabulary.js";
import { theRow } from "../db/rows.js";

/** A small deterministic generator: the demo looks the same on every machine. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const FIRST = [
  "Amira",
  "Ben",
  "Chloe",
  "Daniel",
  "Ella",
  "Farhan",
  "Grace",
  "Harry",
  "Isla",
  "Jacob",
  "Kiran",
  "Lily",
  "Mason",
  "Nia",
  "Oscar",
  "Priya",
  "Reuben",
  "Sofia",
  "Tomasz",
  "Zara",
];
export const LAST = [
  "Ahmed",
  "Baker",
  "Clarke",
  "Davies",
  "Evans",
  "Hughes",
  "Khan",
  "Lewis",
  "Morris",
  "Nowak",
  "Owen",
  "Patel",
  "Roberts",
  "Shaw",
  "Taylor",
  "Walker",
  "Wright",
  "Young",
];
export const PARENT = [
  "Aisha",
  "Claire",
  "David",
  "Emma",
  "Gareth",
  "Helen",
  "Imran",
  "Joanne",
  "Kelly",
  "Mark",
  "Nadia",
  "Rachel",
  "Sarah",
  "Tom",
];
export const SETTINGS = [
  "Oak Primary School",
  "Hanley Park Academy",
  "St Mary's CE Primary",
  "Trentham High School",
  "Stoke Sixth Form College",
  "Little Acorns Nursery",
  "Meir Valley Academy",
  "Home educated",
];
export const NEEDS: [string, NewReferral["child"]["primaryNeed"], NewReferral["child"]["diagnosisStatus"]][] = [
  ["Autism; finds transitions and noisy classrooms very hard.", "COMMUNICATION_INTERACTION", "DIAGNOSED"],
  ["Speech and language delay, being assessed by SALT.", "COMMUNICATION_INTERACTION", "BEING_ASSESSED"],
  ["Dyslexia suspected; falling behind in reading.", "COGNITION_LEARNING", "NONE"],
  ["ADHD and anxiety; several fixed-term exclusions this year.", "SOCIAL_EMOTIONAL_MENTAL_HEALTH", "DIAGNOSED"],
  ["Hearing impairment; needs a radio aid in class.", "SENSORY_PHYSICAL", "DIAGNOSED"],
  ["Cerebral palsy; needs support with mobility and personal care.", "SENSORY_PHYSICAL", "DIAGNOSED"],
  ["Global developmental delay.", "COGNITION_LEARNING", "BEING_ASSESSED"],
  ["Emotionally based school avoidance since Year 7.", "SOCIAL_EMOTIONAL_MENTAL_HEALTH", "NONE"],
];
export const REASONS = [
  "Wants to request an EHC needs assessment and does not know where to start.",
  "School has said they cannot meet needs; asking about an EHC needs assessment.",
  "Received a draft EHC plan and would like help to comment on it.",
  "The local authority refused to assess; considering an appeal.",
  "Child has been excluded; hearing with governors coming up.",
  "Annual review meeting next month; plan is out of date.",
  "Wants advice on SEN support at school and what to ask the SENCo.",
  "Transition to secondary school; worried the new school won't follow the plan.",
];
export const CHANNELS: NewReferral["channel"][] = [
  "HELPLINE",
  "HELPLINE",
  "EMAIL",
  "WEB_FORM",
  "WEB_FORM",
  "ANSWERPHONE",
  "LETTER",
  "IN_PERSON",
  "PROFESSIONAL",
];
export const STAGES: NewReferral["currentStage"][] = [
  "SEN_SUPPORT",
  "NO_SUPPORT_YET",
  "EHC_NEEDS_ASSESSMENT",
  "DRAFT_PLAN",
  "EHC_PLAN",
  "ANNUAL_REVIEW",
  "APPEAL_TRIBUNAL",
  "EXCLUSION",
];
export const HEARD: NewReferral["howHeard"][] = [
  "SCHOOL",
  "HEALTH",
  "LOCAL_OFFER",
  "FRIEND_FAMILY",
  "SOCIAL_MEDIA",
  "LOCAL_AUTHORITY",
  "SEARCH_ENGINE",
];
export const POSTCODES = ["ST4 7QB", "ST1 3DR", "ST3 5PA", "ST6 1AB", "ST2 8LP", "ST4 2RT", "ST5 9ZZ"];

const silentBus = { publish: async () => {} };

/**
 * A few dozen realistic referrals over the last four weeks: new ones in the queue (some past their
 * target, one with a safeguarding flag, one with a tribunal next week), triaged and pooled ones,
 * allocated cases with activities and consents, and a few signposted or closed.
 */
export async function seedDemoReferrals(opts: { tx: Tx; serviceId: string; now: Date }) {
  const { tx, now } = opts;
  const rand = rng(20261123);
  const pick = <T>(xs: readonly T[]): T => {
    const x = xs[Math.floor(rand() * xs.length)];
    if (x === undefined) throw new Error("nothing to pick from");
    return x;
  };
  const service = theRow(await tx.select().from(services).where(eq(services.id, opts.serviceId)), "the demo service");
  const team = await tx.select().from(staff).where(eq(staff.serviceId, opts.serviceId));
  const manager = team.find((s) => s.role === "MANAGER");
  const caseworkers = team.filter((s) => s.role === "OFFICER" || s.role === "VOLUNTEER");
  if (!manager || caseworkers.length === 0) throw new Error("the demo team needs a manager and caseworkers");
  const day = 86_400_000;

  for (let i = 0; i < 36; i++) {
    // Older referrals first; the newest dozen are still waiting in the queue.
    const ageDays = i < 24 ? 28 - i : (36 - i) * 0.35;
    const receivedAt = new Date(now.getTime() - ageDays * day - Math.floor(rand() * 6) * 3_600_000);
    const channel = pick(CHANNELS);
    const [need, primaryNeed, diagnosisStatus] = pick(NEEDS);
    const lastName = pick(LAST);
    const childAge = 2 + Math.floor(rand() * 18);
    const dob = new Date(receivedAt.getTime() - (childAge * 365.25 + rand() * 300) * day).toISOString().slice(0, 10);
    const youngPerson = childAge >= 16 && rand() < 0.5;
    const stage = pick(STAGES);
    const tribunalSoon = i === 30;
    const created = await insertReferral(tx, silentBus, service, {
      channel,
      source: channel === "PROFESSIONAL" ? "PROFESSIONAL" : youngPerson ? "YOUNG_PERSON" : "PARENT_CARER",
      professionalType:
        channel === "PROFESSIONAL" ? pick(["SCHOOL_STAFF", "HEALTH", "SOCIAL_WORKER", "FAMILY_SUPPORT_WORKER"] as const) : null,
      referrerName: channel === "PROFESSIONAL" ? `${pick(PARENT)} ${pick(LAST)}` : null,
      referrerOrganisation: channel === "PROFESSIONAL" ? pick(SETTINGS) : null,
      familyConsentedToShare: true,
      contact: {
        fullName: youngPerson ? `${pick(FIRST)} ${lastName}` : `${pick(PARENT)} ${lastName}`,
        email: rand() < 0.7 ? `${lastName.toLowerCase()}${i}@example.org` : null,
        phone: `07700 900${String(100 + i).padStart(3, "0")}`,
        address: rand() < 0.4 ? `${1 + i} ${pick(["Victoria", "Church", "Park", "Station"])} Road, Stoke-on-Trent` : null,
        postcode: pick(POSTCODES),
        preferredContact: pick(["PHONE", "EMAIL", "PHONE", "TEXT"] as const),
        accessibilityNeeds: rand() < 0.15 ? ["INTERPRETER"] : rand() < 0.1 ? ["LARGE_PRINT"] : [],
        interpreterLanguage: null,
      },
      child: {
        fullName: `${pick(FIRST)} ${lastName}`,
        dateOfBirth: dob,
        educationSetting: childAge < 4 ? "Little Acorns Nursery" : pick(SETTINGS),
        needsOverview: need,
        diagnosisStatus,
        primaryNeed,
      },
      reasonForReferral: pick(REASONS),
      currentStage: tribunalSoon ? "APPEAL_TRIBUNAL" : stage,
      howHeard: pick(HEARD),
      ethnicity: pick(ETHNIC_GROUP.values),
      excludedOrNoPlace: stage === "EXCLUSION" && rand() < 0.7,
      keyDates: tribunalSoon
        ? [{ kind: "TRIBUNAL", on: new Date(now.getTime() + 6 * day).toISOString().slice(0, 10), notes: "First-tier Tribunal (SEND)" }]
        : [],
      safeguardingFlag: i === 33,
      childInNeedOrLookedAfter: rand() < 0.08,
      receivedAt,
      createdById: channel === "WEB_FORM" ? null : manager.id,
    });

    if (i >= 24) continue; // still new, waiting for triage
    const level = 1 + Math.floor(rand() * 3) + (i % 11 === 0 ? 1 : 0);
    const triaged = {
      eligibility: "ELIGIBLE" as const,
      level,
      triagedAt: new Date(receivedAt.getTime() + 2 * 3_600_000),
      triagedById: manager.id,
    };
    if (i % 8 === 5) {
      await tx
        .update(referrals)
        .set({
          ...triaged,
          eligibility: "INELIGIBLE",
          level: null,
          status: "SIGNPOSTED",
          ineligibleReason: "Lives outside Stoke-on-Trent",
          signposting: "Staffordshire SENDIASS",
        })
        .where(eq(referrals.id, created.id));
      continue;
    }
    if (i >= 18) {
      await tx
        .update(referrals)
        .set({ ...triaged, status: i >= 22 ? "POOLED" : "TRIAGED", publishedToPoolAt: i >= 22 ? triaged.triagedAt : null })
        .where(eq(referrals.id, created.id));
      continue;
    }
    // Allocated: a case, an allocation (accepted), a first contact and sometimes a consent.
    const eligible = caseworkers.filter((c) => c.role === "OFFICER" || level <= service.volunteerMaxLevel);
    const holder = eligible[i % caseworkers.length] ?? caseworkers[0] ?? manager;
    const firstContact = new Date(receivedAt.getTime() + (4 + Math.floor(rand() * 40)) * 3_600_000);
    const closed = i < 3;
    await tx
      .update(referrals)
      .set({ ...triaged, status: "ALLOCATED", firstRespondedAt: firstContact })
      .where(eq(referrals.id, created.id));
    const kase = theRow(
      await tx
        .insert(cases)
        .values({
          serviceId: service.id,
          referralId: created.id,
          level,
          status: closed ? "CLOSED" : "OPEN",
          openedAt: triaged.triagedAt,
          lastActivityAt: firstContact,
          closedAt: closed ? new Date(firstContact.getTime() + 7 * day) : null,
          closureReason: closed ? "OUTCOME_ACHIEVED" : null,
        })
        .returning({ id: cases.id }),
      "the new case",
    );
    await tx.insert(allocations).values({
      serviceId: service.id,
      caseId: kase.id,
      staffId: holder.id,
      kind: "DIRECT",
      allocatedById: manager.id,
      allocatedAt: triaged.triagedAt,
      acceptedAt: new Date(triaged.triagedAt.getTime() + 3_600_000),
      endedAt: closed ? new Date(firstContact.getTime() + 7 * day) : null,
    });
    await tx.insert(activities).values({
      serviceId: service.id,
      caseId: kase.id,
      staffId: holder.id,
      kind: "PHONE_CALL",
      occurredAt: firstContact,
      minutes: 20 + Math.floor(rand() * 40),
      withFamily: true,
      summary: "First call: listened to the family's concerns and explained how the service can help.",
    });
    if (level >= 2) {
      const givenOn = firstContact.toISOString().slice(0, 10);
      await tx.insert(consents).values({
        serviceId: service.id,
        caseId: kase.id,
        partyName: "SENCo",
        partyOrganisation: "School",
        partyType: "SCHOOL",
        granted: true,
        givenOn,
        method: "VERBAL",
        givenBy: "PARENT_CARER",
        mayShare: "The child's needs and the support plan.",
        reviewOn: new Date(firstContact.getTime() + 180 * day).toISOString().slice(0, 10),
        recordedById: holder.id,
      });
    }
  }
}
