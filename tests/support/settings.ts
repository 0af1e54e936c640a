import { graphql } from "./gql/index.js";
import type { ServiceSettingsInput } from "./gql/graphql.js";
import type { TestServer } from "./server.js";

/** Every setting an administrator can change, as the settings page reads them. */
export const SETTINGS = graphql(`query ServiceSettings {
  serviceSettings {
    officeHours { timeZone days open close } closureDays responseTargetDays responseMaxDays suppressionK volunteerMaxLevel
    supervisionOfficerWeeks supervisionVolunteerWeeks inactiveCaseDays acceptWithinHours safeguardingAckMinutes dbsWarningDays
    keyDateWarningDays meetingFollowUpWorkingDays reopenWithinMonths areaPostcodeDistricts
  }
}`);

export const UPDATE_SETTINGS = graphql(`mutation UpdateServiceSettings($input: ServiceSettingsInput!) {
  updateServiceSettings(input: $input) { officeHours { open close } closureDays acceptWithinHours }
}`);

/** The service's current settings as an input to `updateServiceSettings` (the page sends them back whole). */
export async function currentSettings(server: TestServer, token: string): Promise<ServiceSettingsInput> {
  const res = await server.gql(SETTINGS, {}, token);
  if (!res.data?.serviceSettings) throw new Error(`serviceSettings: ${JSON.stringify(res.errors)}`);
  const { __typename: _s, officeHours, ...rest } = res.data.serviceSettings as typeof res.data.serviceSettings & { __typename?: string };
  const { __typename: _o, ...hours } = officeHours as typeof officeHours & { __typename?: string };
  void [_s, _o];
  return { ...rest, officeHours: hours };
}
