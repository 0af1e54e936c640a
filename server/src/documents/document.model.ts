import type { DocumentAttachment } from "../core/vocabulary.js";

/** One stored version of a document. */
export interface DocumentVersion {
  id: string;
  version: number;
  name: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: Date;
  uploadedBy: string;
}

/** A document in a folder: its newest version, with the earlier ones. */
export interface FolderDocument extends DocumentVersion {
  seriesId: string;
  attachedTo: DocumentAttachment;
  referralId: string | null;
  caseId: string | null;
  personId: string;
  previewable: boolean;
  voidedAt: Date | null;
  voidedBy: string | null;
  voidReason: string | null;
  letterKind: string | null;
  letterFormat: string | null;
  /** Earlier versions, newest first (the current one is the document itself). */
  earlierVersions: DocumentVersion[];
}

/** What a download sends. */
export interface DocumentContent {
  id: string;
  name: string;
  contentType: string;
  bytes: Buffer;
}
