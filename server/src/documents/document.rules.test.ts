import { describe, expect, it } from "vitest";
import CFB from "cfb";
import { acceptedType, folderOverCap, isWordBinaryDocument, looksLikePlainText, MB, sanitiseFileName } from "./document.rules.js";

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
    const none = new Uint8Array();
    expect(acceptedType("application/pdf", "a.pdf", none)).toBe("application/pdf");
    expect(acceptedType("application/x-msdownload", "a.pdf", none)).toBeNull();
    expect(acceptedType("application/pdf", "a.exe", none)).toBeNull();
  });
  it("accepts plain text only when it is UTF-8 without NULs and named .txt", () => {
    const text = new TextEncoder().encode("Called about transport");
    expect(acceptedType(null, "notes.txt", text)).toBe("text/plain");
    expect(acceptedType(null, "notes.pdf", text)).toBeNull();
    expect(acceptedType(null, "notes.txt", new Uint8Array([72, 0, 73]))).toBeNull();
    expect(looksLikePlainText(new TextEncoder().encode("Hello £ world"))).toBe(true);
    expect(looksLikePlainText(new Uint8Array([72, 0, 73]))).toBe(false);
    expect(looksLikePlainText(new Uint8Array([0xff, 0xfe, 0x41]))).toBe(false);
  });
});

describe("legacy Word documents", () => {
  /** A compound file holding these streams at its root, as SheetJS's cfb writes it. */
  const compound = (streams: string[]) => {
    const container = CFB.utils.cfb_new();
    for (const name of streams) CFB.utils.cfb_add(container, `/${name}`, Buffer.from("content"));
    return new Uint8Array(CFB.write(container, { type: "buffer" }) as Buffer);
  };
  it("accepts a compound file with Word's stream named .doc, and refuses other compound files renamed .doc", () => {
    const word = compound(["WordDocument", "1Table", "\u0005SummaryInformation"]);
    expect(isWordBinaryDocument(word)).toBe(true);
    expect(acceptedType("application/x-cfb", "letter.doc", word)).toBe("application/x-cfb");
    expect(acceptedType("application/x-cfb", "letter.xls", word)).toBeNull();
    // An installer's tables, a spreadsheet's workbook, Word's stream below the root: not a Word document.
    for (const streams of [["\u4840\u3f3f\u4577\u446c", "\u0005SummaryInformation"], ["Workbook"], ["Folder/WordDocument"]]) {
      const other = compound(streams);
      expect(isWordBinaryDocument(other), streams.join()).toBe(false);
      expect(acceptedType("application/x-cfb", "setup.doc", other)).toBeNull();
    }
    expect(isWordBinaryDocument(new TextEncoder().encode("not a compound file"))).toBe(false);
  });
});

describe("folderOverCap", () => {
  it("counts what the folder holds plus the new file", () => {
    expect(folderOverCap(199 * MB, MB, 200)).toBe(false);
    expect(folderOverCap(199 * MB, MB + 1, 200)).toBe(true);
  });
});
