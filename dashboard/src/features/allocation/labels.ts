export const blockingLabel = {
  AT_CAPACITY: "At capacity",
  CONFIDENTIALITY_NOT_SIGNED: "Confidentiality policy not signed",
  CONFLICT_OF_INTEREST: "Conflict of interest",
  DBS_NOT_VALID: "No valid DBS check",
  NOT_QUALIFIED_FOR_LEVEL: "Not trained for this level",
} as const;

/** Plain words for a refused allocation or claim; the server's message adds the detail. */
export function refusalTitle(code: string | null): string {
  switch (code) {
    case "NOT_QUALIFIED_FOR_LEVEL":
      return "Not trained for this level";
    case "AT_CAPACITY":
      return "They are at capacity";
    case "CONFLICT_OF_INTEREST":
      return "Conflict of interest";
    case "DBS_NOT_VALID":
      return "No valid DBS check";
    case "CONFIDENTIALITY_NOT_SIGNED":
      return "Confidentiality policy not signed";
    case "ALREADY_CLAIMED":
      return "Someone else claimed it first";
    case "CONFLICT":
      return "This has changed since you opened it";
    case "NETWORK":
      return "Not sent";
    default:
      return "Not done";
  }
}
