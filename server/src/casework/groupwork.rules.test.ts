import { describe, expect, it } from "vitest";
import { isNhsNumber, personalDataIn } from "./groupwork.rules.js";

/*
 * The anonymity screen on monitoring notes (decisions 042, 047): it refuses personal identifiers it
 * recognises, and lets through digits that identify nobody.
 */
describe("personalDataIn", () => {
  it.each([
    ["Call 07911 123456 back", "a phone number"],
    ["mobile 07911123456", "a phone number"],
    ["rang +44 20 7946 0958 twice", "a phone number"],
    ["rang 0044 7911 123456", "a phone number"],
    ["the office on (0161) 496 0000", "a phone number"],
    ["020 7946 0958", "a phone number"],
    ["a US number +1 212 555 0100", "a phone number"],
    ["NHS no 943 476 5919 given", "an NHS number"],
    ["NHS 943-476-5919", "an NHS number"],
    ["9434765919", "an NHS number"],
    ["Lives in ST4 7QB", "a postcode"],
    ["lives at sw1a 1aa", "a postcode"],
    ["Email jo@example.org", "an email address"],
    ["Child born 03/04/2015 was refused", "a date of birth"],
    ["DOB: 3 April 2015", "a date of birth"],
    ["date of birth 2015-04-03", "a date of birth"],
    ["Mrs Khan was not told.", "a person's name"],
  ])("refuses %j as %s", (text, what) => {
    expect(personalDataIn(text)).toBe(what);
  });

  it.each([
    "School year 2025-2026, repeated 2026-2027.",
    "Reference 1234567890 on the tribunal bundle.",
    "Case SEN-2026-00012 and appeal 2026/00123.",
    "A sum of £12,345,678.90 for the authority's high-needs block.",
    "Invoice 44 1234 567890.",
    "Year 20252026, total 1000000000.",
    "Ten-digit reference 9434765918 fails the NHS check.",
    "The drama number 07700 900123 is not anyone's.",
    "Met between 10:30 and 12:00 on 03/04/2025 at the school.",
    "A district like ST4 is not an address.",
    "Plan issued after 20 weeks; parents born abroad were helped by an interpreter.",
    "The SENCo was helpful; the EHCP arrived on time.",
  ])("accepts %j", (text) => {
    expect(personalDataIn(text)).toBeNull();
  });
});

describe("isNhsNumber", () => {
  it("checks the modulus 11 digit", () => {
    expect(isNhsNumber("9434765919")).toBe(true);
    expect(isNhsNumber("4010232137")).toBe(true);
    expect(isNhsNumber("9434765918")).toBe(false);
    expect(isNhsNumber("943476591")).toBe(false);
  });
  it("refuses a number whose check digit would be 10", () => {
    // 1000000010: 1*10 + 1*2 = 12 → 11 − (12 mod 11) = 10: no valid NHS number.
    expect(isNhsNumber("1000000010")).toBe(false);
  });
});
