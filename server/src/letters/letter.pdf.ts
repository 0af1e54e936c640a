import { PDFDocument, StandardFonts, type PDFFont } from "@pdfme/pdf-lib";

/** A4 in points; margins of 2 cm. */
const PAGE = { width: 595.28, height: 841.89, margin: 57 };

/** Characters the standard fonts (WinAnsi) cannot draw become "?" rather than failing the letter. */
function drawable(font: PDFFont, text: string): string {
  return [...text]
    .map((ch) => {
      try {
        font.encodeText(ch);
        return ch;
      } catch {
        return "?";
      }
    })
    .join("");
}

function wrap(font: PDFFont, size: number, line: string, width: number): string[] {
  const words = line.split(/ +/);
  const out: string[] = [];
  let current = "";
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !current) current = next;
    else {
      out.push(current);
      current = word;
    }
  }
  out.push(current);
  return out;
}

/**
 * A letter as PDF: Helvetica (built into every PDF reader, so nothing to embed or ship) at `fontSize`,
 * left-aligned, ragged right, 1.5 line spacing (wider for easy read), new pages as needed.
 */
export async function renderLetterPdf(opts: {
  title: string;
  text: string;
  fontSize: number;
  easyRead: boolean;
  format: string;
}): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(opts.title);
  pdf.setSubject(`Letter, ${opts.format}`);
  pdf.setKeywords([opts.format]);
  pdf.setProducer("SENDIASS casework");
  pdf.setCreationDate(new Date(0));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const size = opts.fontSize;
  const leading = size * (opts.easyRead ? 1.8 : 1.5);
  const width = PAGE.width - 2 * PAGE.margin;
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const raw of opts.text.split(/\r?\n/).map((l) => drawable(font, l))) {
    const lines = raw.trim() === "" ? [""] : wrap(font, size, raw, width);
    for (const line of lines) {
      if (y - size < PAGE.margin) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      y -= leading;
      if (line) page.drawText(line, { x: PAGE.margin, y, size, font });
    }
  }
  return Buffer.from(await pdf.save());
}
