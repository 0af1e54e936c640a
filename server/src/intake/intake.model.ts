import type { EnquiryTopic, ReferralChannel } from "../core/vocabulary.js";

/** The tally kept of an enquiry whose caller declined to be recorded: nothing personal. */
export interface AnonymousEnquiry {
  id: string;
  channel: ReferralChannel;
  topic: EnquiryTopic | null;
  receivedOn: string;
}
