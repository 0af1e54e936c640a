import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pdfText } from "../support/pdf-text.js";

/** A stream object laid out as pdf-lib writes it. */
function pdfWith(content: string): Buffer {
  const data = deflateSync(Buffer.from(content, "latin1"));
  return Buffer.concat([
    Buffer.from(`%PDF-1.7\n4 0 obj\n<<\n/Filter /FlateDecode\n/Length ${data.length}\n>>\nstream\n`, "latin1"),
    data,
    Buffer.from("\nendstream\nendobj\n%%EOF\n", "latin1"),
  ]);
}

describe("the tests' PDF reader", () => {
  it("reads a content stream whose compressed bytes end in CR (which looks like an end-of-line)", () => {
    let found: string | undefined;
    for (let i = 0; i < 100_000 && found === undefined; i++) {
      const content = `BT /F1 12 Tf (Dear Elin Signposted ${i},) Tj ET`;
      const data = deflateSync(Buffer.from(content, "latin1"));
      if (data[data.length - 1] === 0x0d) found = content;
    }
    expect(found).toBeDefined();
    const { text, fontSizes } = pdfText(pdfWith(found!));
    expect(text).toMatch(/^Dear Elin Signposted \d+,$/);
    expect(fontSizes).toEqual([12]);
  });

  it("reads hex strings and several streams", () => {
    const pdf = Buffer.concat([
      pdfWith(`BT /F1 14 Tf <${Buffer.from("Large print").toString("hex")}> Tj ET`),
      pdfWith("BT /F1 12 Tf (With \\(brackets\\)) Tj ET"),
    ]);
    expect(pdfText(pdf)).toEqual({ text: "Large print\nWith (brackets)", fontSizes: [14, 12] });
  });
});
