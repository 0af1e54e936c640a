import { blockingReasonCodeLabels, blockingReasonCodeValues } from "../../gql/labels";
import { isOneOf } from "../../lib/one-of";

/** Plain words for a refused allocation or claim; the server's message adds the detail. */
export function refusalTitle(code: string | null): string {
  // A refused allocation carries the code of the blocking reason, which has its label in the SDL.
  if (isOneOf(blockingReasonCodeValues, code)) return blockingReasonCodeLabels[code];
  switch (code) {
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
