import { ageOn, localDate } from "../clock/calendar-date.js";

/** One eligibility criterion as the manager sees it [001 Eligibility]. */
export interface EligibilityCheck {
  code: "AGE" | "SEND_CONCERN" | "RESIDENCE";
  /** true: met; false: not met; null: not known yet (e.g. no postcode). */
  met: boolean | null;
  label: string;
}

export interface EligibilityInput {
  dateOfBirth: string | null;
  receivedAt: Date;
  timeZone: string;
  needsOverview: string | null;
  reasonForReferral: string | null;
  postcode: string | null;
  areaName: string;
  areaPostcodeDistricts: string[];
}

/** Whole years between a date of birth and a moment, in the service's time zone. */
export function ageInYears(dateOfBirth: string, at: Date, timeZone: string): number {
  return ageOn(dateOfBirth, localDate(at, timeZone));
}

/** The outward code's district ("ST4 7QB" → "ST4"), upper-cased; null if it does not look like a UK postcode. */
export function postcodeDistrict(postcode: string | null): string | null {
  if (!postcode) return null;
  const m = /^\s*([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})?\s*$/i.exec(postcode);
  return m ? m[1].toUpperCase() : null;
}

export function checkEligibility(input: EligibilityInput): EligibilityCheck[] {
  const checks: EligibilityCheck[] = [];
  if (input.dateOfBirth) {
    const age = ageInYears(input.dateOfBirth, input.receivedAt, input.timeZone);
    checks.push({
      code: "AGE",
      met: age >= 0 && age <= 25,
      label: age >= 0 && age <= 25 ? `Aged ${age} at referral (0–25)` : `Aged ${age} at referral: outside 0–25`,
    });
  } else {
    checks.push({ code: "AGE", met: null, label: "Date of birth not given" });
  }
  const concern = Boolean((input.needsOverview ?? "").trim() || (input.reasonForReferral ?? "").trim());
  checks.push({
    code: "SEND_CONCERN",
    met: concern ? true : null,
    label: concern ? "SEND concern described" : "No SEND concern described yet",
  });
  const district = postcodeDistrict(input.postcode);
  if (!district) {
    checks.push({ code: "RESIDENCE", met: null, label: `Residence in ${input.areaName} not confirmed (no postcode)` });
  } else {
    const inArea = input.areaPostcodeDistricts.map((d) => d.toUpperCase()).includes(district);
    checks.push({
      code: "RESIDENCE",
      met: inArea,
      label: inArea ? `Lives in ${input.areaName} (${district})` : `Postcode ${district} is outside ${input.areaName}`,
    });
  }
  return checks;
}
