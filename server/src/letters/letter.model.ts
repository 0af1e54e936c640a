import type { FolderDocument } from "../documents/document.model.js";

/** A letter kind's wording as the service uses it now. */
export interface LetterTemplate {
  kind: string;
  /** The kind's title, as the filed letter is named. */
  title: string;
  /** Whether this kind can be made for a referral before a case exists. */
  onReferral: boolean;
  easyRead: boolean;
  body: string;
  /** False while the service uses the default wording. */
  customised: boolean;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** A letter made and filed on the case. */
export interface SentLetter {
  document: FolderDocument;
  format: string;
  /**
   * The full PDF, base64, for printing now — only for a closure letter, whose evaluation code is
   * never kept: the filed copy says the code was given separately (decision 039).
   */
  printableOnce: string | null;
}

/** Wording filled with sample values, as text and as the PDF a family would get. */
export interface LetterPreview {
  text: string;
  format: string;
  /** Base64 PDF. */
  pdf: string;
}
