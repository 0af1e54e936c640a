import { describe, expect, it } from "vitest";
import { ErrorCode } from "../core/errors.js";
import { BLOCKING_REASON_CODE } from "../core/vocabulary.js";
import {
  ALLOCATABLE_STATUSES,
  blockingReasons,
  jointWorkerBlockingReasons,
  levelBlockingReasons,
  mayAllocate,
  mayPublishToPool,
  type DeclaredConflict,
  type StaffFacts,
} from "./allocation.rules.js";

const today = "2026-11-20";
const officer: StaffFacts = {
  role: "OFFICER",
  capacity: 10,
  openAllocations: 3,
  dbsEnhanced: true,
  dbsRenewalDueOn: "2028-01-01",
  dbsBarredListChecked: true,
  confidentialitySignedOn: "2025-01-01",
  training: [
    { kind: "INDUCTION", expiresOn: null },
    { kind: "SAFEGUARDING", expiresOn: "2027-06-01" },
    { kind: "IPSEA_LEVEL_1", expiresOn: null },
    { kind: "OBSERVATION", expiresOn: null },
    { kind: "IPSEA_LEVEL_3", expiresOn: null },
  ],
  conflicts: [],
};
const basics = officer.training.filter((t) => t.kind !== "IPSEA_LEVEL_3");
const codes = (staff: StaffFacts, demand = {}, volunteerMaxLevel = 2) =>
  blockingReasons(staff, demand, { today, volunteerMaxLevel }).map((r) => r.code);

describe("allocation rules", () => {
  it("a refused allocation carries the blocking reason's code as its error code", () => {
    for (const code of BLOCKING_REASON_CODE.values) expect(Object.values(ErrorCode)).toContain(code);
  });

  it("a trained, checked officer with room may hold a level 4 case", () => {
    expect(codes(officer, { level: 4 })).toEqual([]);
  });

  it("a steering member or administrator cannot hold cases", () => {
    expect(codes({ ...officer, role: "STEERING" })).toEqual(["NOT_QUALIFIED_FOR_LEVEL"]);
  });

  it("a volunteer takes cases up to the service's volunteer level", () => {
    expect(codes({ ...officer, role: "VOLUNTEER" }, { level: 2 })).toEqual([]);
    expect(codes({ ...officer, role: "VOLUNTEER" }, { level: 3 })).toEqual(["NOT_QUALIFIED_FOR_LEVEL"]);
  });

  it("a staff member takes cases up to the highest level their account allows", () => {
    expect(codes({ ...officer, maxLevel: 2 }, { level: 2 })).toEqual([]);
    expect(codes({ ...officer, maxLevel: 2 }, { level: 3 })).toEqual(["NOT_QUALIFIED_FOR_LEVEL"]);
  });

  it("level 4 needs current IPSEA level 3 legal training", () => {
    expect(codes({ ...officer, training: basics }, { level: 4 })).toEqual(["NOT_QUALIFIED_FOR_LEVEL"]);
    expect(codes({ ...officer, training: [...basics, { kind: "IPSEA_LEVEL_3", expiresOn: "2026-11-19" }] }, { level: 4 })).toEqual([
      "NOT_QUALIFIED_FOR_LEVEL",
    ]);
  });

  it("a case needs a valid enhanced DBS check and the confidentiality policy signed", () => {
    expect(codes({ ...officer, dbsEnhanced: false })).toEqual(["DBS_NOT_VALID"]);
    expect(codes({ ...officer, dbsRenewalDueOn: "2026-11-19" })).toEqual(["DBS_NOT_VALID"]);
    expect(codes({ ...officer, confidentialitySignedOn: null })).toEqual(["CONFIDENTIALITY_NOT_SIGNED"]);
  });

  it("an enhanced DBS check without the children's barred list checked holds no case", () => {
    expect(codes({ ...officer, dbsBarredListChecked: false })).toEqual(["BARRED_LIST_NOT_CHECKED"]);
    // No DBS check at all is reported as that, once.
    expect(codes({ ...officer, dbsEnhanced: false, dbsBarredListChecked: false })).toEqual(["DBS_NOT_VALID"]);
  });

  it("an officer or volunteer not yet observed holds no case alone; a manager observes and needs no observation", () => {
    const unobserved = officer.training.filter((t) => t.kind !== "OBSERVATION");
    expect(codes({ ...officer, training: unobserved })).toEqual(["NO_OBSERVATION"]);
    expect(codes({ ...officer, role: "VOLUNTEER", training: unobserved }, { level: 1 })).toEqual(["NO_OBSERVATION"]);
    expect(codes({ ...officer, role: "MANAGER", training: unobserved })).toEqual([]);
  });

  it("a case holder needs an induction on record", () => {
    expect(codes({ ...officer, training: officer.training.filter((t) => t.kind !== "INDUCTION") })).toEqual(["NO_INDUCTION"]);
  });

  it("a case holder needs current safeguarding training", () => {
    const without = officer.training.filter((t) => t.kind !== "SAFEGUARDING");
    expect(codes({ ...officer, training: without })).toEqual(["SAFEGUARDING_TRAINING_EXPIRED"]);
    expect(codes({ ...officer, training: [...without, { kind: "SAFEGUARDING", expiresOn: "2026-11-19" }] })).toEqual([
      "SAFEGUARDING_TRAINING_EXPIRED",
    ]);
  });

  it("a volunteer without IPSEA level 1 holds no case, an officer without it may", () => {
    const without = basics.filter((t) => t.kind !== "IPSEA_LEVEL_1");
    expect(codes({ ...officer, role: "VOLUNTEER", training: without }, { level: 1 })).toEqual(["NO_IPSEA_LEVEL_1"]);
    expect(codes({ ...officer, training: without }, { level: 1 })).toEqual([]);
  });

  it("a declared conflict with a named person matches by full name and date of birth or postcode, never by surname alone", () => {
    const declared = (c: Partial<DeclaredConflict>) => ({
      ...officer,
      conflicts: [{ kind: "FAMILY" as const, subject: "Jo Bloggs", withdrawnOn: null, ...c }],
    });
    const family = [
      { fullName: "Sam  Bloggs", postcode: "ST4 1AA" },
      { fullName: "jo bloggs", dateOfBirth: "2015-03-02", postcode: "ST4 1AA" },
    ];
    expect(codes(declared({ dateOfBirth: "2015-03-02" }), { family })).toEqual(["CONFLICT_OF_INTEREST"]);
    expect(codes(declared({ postcode: "st41aa" }), { family })).toEqual(["CONFLICT_OF_INTEREST"]);
    expect(codes(declared({ dateOfBirth: "2015-03-03" }), { family })).toEqual([]);
    expect(codes(declared({ subject: "Bloggs", postcode: "ST4 1AA" }), { family })).toEqual([]);
  });

  it("an older family declaration without a date of birth or postcode still matches, by full name or surname", () => {
    const declared = (subject: string) => ({ ...officer, conflicts: [{ kind: "FAMILY" as const, subject, withdrawnOn: null }] });
    const family = [{ fullName: "Sam  Bloggs", postcode: "ST4 1AA" }, { fullName: "Jo O'Neill-Bloggs" }];
    expect(codes(declared("Bloggs"), { family })).toEqual(["CONFLICT_OF_INTEREST"]);
    expect(codes(declared("bloggs "), { family })).toEqual(["CONFLICT_OF_INTEREST"]);
    expect(codes(declared("Sam Bloggs"), { family })).toEqual(["CONFLICT_OF_INTEREST"]);
    expect(codes(declared("O'Neill Bloggs"), { family })).toEqual(["CONFLICT_OF_INTEREST"]);
    expect(codes(declared("Smith"), { family })).toEqual([]);
    expect(codes(declared("Sam"), { family })).toEqual([]);
  });

  it("a declared conflict with a school, a parent group, an agency or a colleague matches what the referral names", () => {
    const one = (kind: DeclaredConflict["kind"], subject: string) =>
      codes(
        { ...officer, conflicts: [{ kind, subject, withdrawnOn: null }] },
        {
          educationSetting: "St. Mary's C of E Primary",
          referrerName: "Pat Colleague",
          referrerOrganisation: "Stoke Parent Forum",
          family: [{ fullName: "Jo Bloggs" }],
        },
      );
    expect(one("EDUCATION_SETTING", "st marys c of e primary")).toEqual(["CONFLICT_OF_INTEREST"]);
    expect(one("PARENT_GROUP", "Stoke Parent Forum")).toEqual(["CONFLICT_OF_INTEREST"]);
    expect(one("AGENCY", "stoke parent forum")).toEqual(["CONFLICT_OF_INTEREST"]);
    expect(one("COLLEAGUE", "Pat Colleague")).toEqual(["CONFLICT_OF_INTEREST"]);
    expect(one("AGENCY", "Stoke Social Care")).toEqual([]);
    expect(one("EDUCATION_SETTING", "Oak Primary")).toEqual([]);
  });

  it("a withdrawn declaration no longer blocks", () => {
    expect(
      codes(
        { ...officer, conflicts: [{ kind: "EDUCATION_SETTING", subject: "oak primary", withdrawnOn: "2026-01-01" }] },
        { educationSetting: "Oak Primary" },
      ),
    ).toEqual([]);
  });

  it("a staff member at capacity takes no more cases", () => {
    expect(codes({ ...officer, openAllocations: 10 })).toEqual(["AT_CAPACITY"]);
  });

  it("a triaged, eligible referral with a level can be allocated, or published to the pool", () => {
    expect(ALLOCATABLE_STATUSES).toEqual(["TRIAGED", "POOLED", "ALLOCATED"]);
    const triaged = { status: "TRIAGED" as const, eligibility: "ELIGIBLE", level: 3 };
    expect(mayAllocate(triaged)).toBe(true);
    expect(mayPublishToPool(triaged)).toBe(true);
    expect(mayAllocate({ ...triaged, status: "NEW" })).toBe(false);
    expect(mayPublishToPool({ ...triaged, status: "POOLED" })).toBe(false);
    expect(mayAllocate({ ...triaged, level: null })).toBe(false);
  });
});

describe("level changes and joint working", () => {
  const opts = { today, volunteerMaxLevel: 2 };
  it("escalating to level 4 needs the holder's level-4 training, whatever their caseload", () => {
    const untrained = { ...officer, training: basics, openAllocations: 10 };
    expect(levelBlockingReasons(untrained, 4, opts).map((r) => r.code)).toEqual(["NOT_QUALIFIED_FOR_LEVEL"]);
    expect(levelBlockingReasons(untrained, 3, opts)).toEqual([]);
  });

  it("a shadow on a level-4 case needs no level-4 training and no room in their caseload, but a DBS check", () => {
    const untrained = { ...officer, training: basics, openAllocations: 10 };
    expect(jointWorkerBlockingReasons(untrained, { level: 4 }, opts)).toEqual([]);
    expect(jointWorkerBlockingReasons({ ...untrained, dbsEnhanced: false }, { level: 4 }, opts).map((r) => r.code)).toEqual([
      "DBS_NOT_VALID",
    ]);
  });

  it("a co-worker or shadow not yet observed may join (it is not lone casework), but not without the barred-list check", () => {
    const unobserved = { ...officer, training: officer.training.filter((t) => t.kind !== "OBSERVATION") };
    expect(jointWorkerBlockingReasons(unobserved, { level: 4 }, opts)).toEqual([]);
    expect(jointWorkerBlockingReasons({ ...unobserved, dbsBarredListChecked: false }, { level: 4 }, opts).map((r) => r.code)).toEqual([
      "BARRED_LIST_NOT_CHECKED",
    ]);
  });
});
