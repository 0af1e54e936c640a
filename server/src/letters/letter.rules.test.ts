import { describe, expect, it } from "vitest";
import {
  DEFAULT_TEMPLATES,
  fillTemplate,
  fontSizeFor,
  LETTER_KINDS,
  letterFormatFor,
  mayGoOnReferral,
  PLACEHOLDERS,
  SAMPLE_VALUES,
  strayBraces,
  unknownPlaceholders,
} from "./letter.rules.js";

describe("unknownPlaceholders", () => {
  it("names each placeholder that does not exist, and every default template uses only known ones", () => {
    expect(unknownPlaceholders("Dear {{family.name}}, {{family.nmae}} {{ bank.account }} {{family.nmae}}")).toEqual([
      "family.nmae",
      "bank.account",
    ]);
    for (const kind of LETTER_KINDS) {
      expect(unknownPlaceholders(DEFAULT_TEMPLATES[kind].standard)).toEqual([]);
      expect(unknownPlaceholders(DEFAULT_TEMPLATES[kind].easyRead)).toEqual([]);
    }
  });
  it("finds stray braces that are not a whole placeholder", () => {
    expect(strayBraces("Dear {{family.name}")).toBe(true);
    expect(strayBraces("Dear {{family.name}}")).toBe(false);
  });
});

describe("fillTemplate", () => {
  it("fills known placeholders, with or without spaces inside the braces", () => {
    expect(fillTemplate("Dear {{ family.name }}, code {{evaluation.code}}", { "family.name": "Ms Jones", "evaluation.code": "AAAA" })).toBe(
      "Dear Ms Jones, code AAAA",
    );
  });
});

describe("letterFormatFor", () => {
  it("follows the family's recorded access needs, large print at 18 point", () => {
    expect(letterFormatFor([])).toBe("STANDARD");
    expect(letterFormatFor(["LARGE_PRINT"])).toBe("LARGE_PRINT");
    expect(letterFormatFor(["EASY_READ", "BSL"])).toBe("EASY_READ");
    expect(letterFormatFor(["EASY_READ", "LARGE_PRINT"])).toBe("EASY_READ_LARGE_PRINT");
    expect(fontSizeFor("LARGE_PRINT")).toBeGreaterThanOrEqual(16);
  });
});

describe("mayGoOnReferral", () => {
  it("allows before a case the letters that need none: acknowledgement, signposting, consent form; not an appointment or the closure letter", () => {
    expect(LETTER_KINDS.filter(mayGoOnReferral)).toEqual(["ACKNOWLEDGEMENT", "CONSENT_TO_SHARE", "SIGNPOSTING"]);
  });
});

describe("SAMPLE_VALUES", () => {
  it("fills every placeholder, so a preview never shows a blank", () => {
    expect(Object.keys(SAMPLE_VALUES).sort()).toEqual(Object.keys(PLACEHOLDERS).sort());
    for (const kind of LETTER_KINDS) expect(fillTemplate(DEFAULT_TEMPLATES[kind].standard, SAMPLE_VALUES)).not.toMatch(/\{\{|\}\}/);
  });
});
