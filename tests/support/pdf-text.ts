import { inflateSync } from "node:zlib";

/**
 * The text drawn in a PDF made by pdf-lib, for tests: each content stream inflated, each shown
 * string (`<hex> Tj` or `(literal) Tj`) decoded, one per line; and the font sizes set (`Tf`).
 *
 * A stream's bytes are taken by its `/Length`, not by searching for `endstream`: compressed bytes
 * may end in CR, which a search for `\r?\nendstream` would take as the end-of-line and cut off, and
 * then the stream does not inflate and its text is lost (one letter in 256 or so).
 */
export function pdfText(pdf: Buffer): { text: string; fontSizes: number[] } {
  const raw = pdf.toString("latin1");
  const lines: string[] = [];
  const sizes = new Set<number>();
  for (const m of raw.matchAll(/\/Length (\d+)\b[^>]*>>\s*stream(?:\r\n|\n)/g)) {
    const start = m.index + m[0].length;
    const bytes = pdf.subarray(start, start + Number(m[1]));
    let content: string;
    try {
      content = inflateSync(bytes).toString("latin1");
    } catch {
      content = bytes.toString("latin1");
    }
    for (const t of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj|\(((?:\\.|[^\\)])*)\)\s*Tj/g))
      lines.push(t[1] !== undefined ? Buffer.from(t[1], "hex").toString("latin1") : t[2]!.replace(/\\(.)/g, "$1"));
    for (const f of content.matchAll(/\s(\d+(?:\.\d+)?)\s+Tf/g)) sizes.add(Number(f[1]));
  }
  return { text: lines.join("\n"), fontSizes: [...sizes] };
}
