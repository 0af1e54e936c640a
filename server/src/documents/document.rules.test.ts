import { describe, expect, it } from "vitest";
import { acceptedType, folderOverCap, looksLikePlainText, MB, sanitiseFileName } from "./document.rules.js";

describe("sanitiseFileName", () => {
  it("keeps an ordinary name and folds whitespace", () => {
    expect(sanitiseFileName("  School  report.pdf ")).toEqual({ ok: true, name: "School report.pdf" });
  });
  it("refuses a name with a path, a drive, dots, control characters or no extension", () => {
    for (const bad of [
      "../etc/passwd.txt",
      "a/b.pdf",
      "C:report.pdf",
      "a\\b.pdf",
      ".hidden.pdf",
      "bad\u0007.pdf",
      "rtl\u202Efdp.exe",
      "noext",
      "",
    ])
      expect(sanitiseFileName(bad).ok, bad).toBe(false);
  });
});

describe("acceptedType", () => {
  it("accepts a PDF named .pdf and refuses an executable renamed .pdf", () => {
    expect(acceptedType("application/pdf", "a.pdf", false)).toBe("application/pdf");
    expect(acceptedType("application/x-msdownload", "a.pdf", false)).toBeNull();
    expect(acceptedType("application/pdf", "a.exe", false)).toBeNull();
  });
  it("accepts plain text only when it is UTF-8 without NULs and named .txt", () => {
    expect(acceptedType(null, "notes.txt", true)).toBe("text/plain");
    expect(acceptedType(null, "notes.pdf", true)).toBeNull();
    expect(acceptedType(null, "notes.txt", false)).toBeNull();
    expect(looksLikePlainText(new TextEncoder().encode("Hello £ world"))).toBe(true);
    expect(looksLikePlainText(new Uint8Array([72, 0, 73]))).toBe(false);
    expect(looksLikePlainText(new Uint8Array([0xff, 0xfe, 0x41]))).toBe(false);
  });
});

describe("folderOverCap", () => {
  it("counts what the folder holds plus the new file", () => {
    expect(folderOverCap(199 * MB, MB, 200)).toBe(false);
    expect(folderOverCap(199 * MB, MB + 1, 200)).toBe(true);
  });
});
