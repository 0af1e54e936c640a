import CFB from "cfb";

/*
 * What the case folder accepts (decision 038): types checked by content against one allow-list,
 * names sanitised, sizes capped per file and per folder (service settings).
 */

/** Default caps; a service may change them in its settings. */
export const DEFAULT_FILE_MAX_MB = 20;
export const DEFAULT_FOLDER_MAX_MB = 200;
export const MB = 1024 * 1024;

/**
 * Types a folder accepts, by the MIME type the content sniffer reports, with the extensions a name
 * may carry for it. `text/plain` has no magic bytes: it is decided by `looksLikePlainText`.
 */
export const ALLOWED_TYPES: Readonly<Record<string, readonly string[]>> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  // Legacy Word: an OLE compound file (file-type reports every one as x-cfb, so the name must say .doc,
  // and the file must hold Word's own stream: an installer or a spreadsheet is a compound file too).
  "application/x-cfb": ["doc"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.oasis.opendocument.text": ["odt"],
  "text/plain": ["txt"],
};

/** The type a download is served as: an OLE compound file named .doc is a Word document. */
export const servedType = (detected: string) => (detected === "application/x-cfb" ? "application/msword" : detected);

/** Types a browser shows itself (a preview opens them in a new tab); the rest are downloaded. */
export const PREVIEWABLE = new Set(["application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain"]);

const MAX_NAME = 150;

/**
 * The name a file is kept under, or null when it must be refused: a name with a path in it (either
 * slash, or a drive) is refused rather than cut, control characters and leading dots are refused,
 * and runs of whitespace become one space.
 */
export function sanitiseFileName(raw: string): { ok: true; name: string } | { ok: false; reason: string } {
  const name = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!name) return { ok: false, reason: "The file needs a name." };
  if (/[/\\]/.test(name) || /^[A-Za-z]:/.test(name) || name.includes(".."))
    return { ok: false, reason: "The file name must not contain a path." };
  if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(name))
    return { ok: false, reason: "The file name contains characters that cannot be kept." };
  if (name.startsWith(".")) return { ok: false, reason: "The file name must not start with a dot." };
  if (name.length > MAX_NAME) return { ok: false, reason: `The file name is longer than ${MAX_NAME} characters.` };
  if (!/\.[A-Za-z0-9]{1,5}$/.test(name)) return { ok: false, reason: "The file name needs an extension, such as .pdf." };
  return { ok: true, name };
}

export const extensionOf = (name: string) => name.slice(name.lastIndexOf(".") + 1).toLowerCase();

/** Plain text: valid UTF-8 with no NUL (binary files nearly always have one). */
export function looksLikePlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A legacy Word document: an OLE compound file (read with SheetJS's `cfb`) with Word's main stream,
 * `WordDocument`, at its root. An .msi installer, an .xls or an Outlook .msg is a compound file as
 * well and sniffs the same; none of them has that stream.
 */
export function isWordBinaryDocument(bytes: Uint8Array): boolean {
  try {
    const container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: "buffer" });
    return container.FileIndex.some(
      (entry, i) => entry.type === 2 && entry.name === "WordDocument" && container.FullPaths[i]?.split("/").filter(Boolean).length === 2,
    );
  } catch {
    return false;
  }
}

/**
 * The type content may be kept as under this name, or null to refuse it: the sniffed type (null: the
 * sniffer knows no magic bytes) must be allowed for the name's extension, so an executable renamed
 * .pdf (it sniffs as an executable, or as nothing) is refused; text must look like text; a compound
 * file must be a Word document.
 */
export function acceptedType(detected: string | null, name: string, bytes: Uint8Array): string | null {
  const ext = extensionOf(name);
  if (detected === null) return ext === "txt" && looksLikePlainText(bytes) ? "text/plain" : null;
  const exts = ALLOWED_TYPES[detected];
  if (!exts?.includes(ext)) return null;
  if (detected === "application/x-cfb" && !isWordBinaryDocument(bytes)) return null;
  return detected;
}

/** A folder is the referral's (its case shares it) or, for a family-record document, the person's. */
export const folderOverCap = (usedBytes: number, adding: number, capMb: number) => usedBytes + adding > capMb * MB;
