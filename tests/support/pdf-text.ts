import { inflateSync } from "node:zlib";

/**
 * The text drawn in a PDF made by pdf-lib, for tests: each content stream inflated, each shown
 * string (`<hex> Tj` or `(literal) Tj`) decoded, one per line; and the font sizes set (`Tf`).
 */
export function pdfText(pdf: Buffer): { text: string; fontSizes: number[] } {
  const raw = pdf.toString("latin1");
  const lines: string[] = [];
  const sizes = new Set<number>();
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
    } catch {
      content = m[1]!;
    }
    for (const t of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj|\(((?:\\.|[^\\)])*)\)\s*Tj/g))
      lines.push(t[1] !== undefined ? Buffer.from(t[1], "hex").toString("latin1") : t[2]!.replace(/\\(.)/g, "$1"));
    for (const f of content.matchAll(/\s(\d+(?:\.\d+)?)\s+Tf/g)) sizes.add(Number(f[1]));
  }
  return { text: lines.join("\n"), fontSizes: [...sizes] };
}
