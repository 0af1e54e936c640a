import type { DeliveryRule } from "../auth/subscription-guard.js";
import { referralReceivedDelivery, triageQueueChangedDelivery } from "../referral/referral.resolver.js";
import { allocationAssignedDelivery } from "../allocation/allocation.resolver.js";
import { overdueItemRaisedDelivery } from "../overdue/overdue.resolver.js";
import { safeguardingAlertDelivery } from "../safeguarding/safeguarding.resolver.js";

/** Every subscription field's delivery rule; the fan-out refuses to start if a field has none. */
export const deliveryRules: Record<string, DeliveryRule> = {
  referralReceived: referralReceivedDelivery,
  triageQueueChanged: triageQueueChangedDelivery,
  allocationAssigned: allocationAssignedDelivery,
  overdueItemRaised: overdueItemRaisedDelivery,
  safeguardingAlert: safeguardingAlertDelivery,
} as Record<string, DeliveryRule>;
