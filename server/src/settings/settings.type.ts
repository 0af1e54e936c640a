import { Field, Int, ObjectType } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import type * as M from "./settings.model.js";
import { ConductRecordedBy } from "../graphql/enums.js";

@ObjectType({ simpleResolvers: true, description: "Office hours in the service's time zone." })
export class OfficeHours implements M.OfficeHours {
  @Field(() => String, { description: "IANA time zone, e.g. Europe/London." }) timeZone!: string;
  @Field(() => [Int], { description: "Working days, 1 (Monday) to 7 (Sunday)." }) days!: number[];
  @Field(() => String, { description: "Opening time, HH:MM." }) open!: string;
  @Field(() => String, { description: "Closing time, HH:MM." }) close!: string;
}

@ObjectType({ simpleResolvers: true, description: "Everything an administrator may set for their service." })
export class ServiceSettings implements M.ServiceSettings {
  @Field(() => OfficeHours) officeHours!: OfficeHours;
  @Field(() => [GraphQLLocalDate], { description: "The service's own closure days, on top of bank holidays." }) closureDays!: string[];
  @Field(() => Int, { description: "Working days to the response target." }) responseTargetDays!: number;
  @Field(() => Int, { description: "Working days to the response maximum." }) responseMaxDays!: number;
  @Field(() => Int, { description: "Small-number suppression threshold for statistics." }) suppressionK!: number;
  @Field(() => Int) volunteerMaxLevel!: number;
  @Field(() => Int) supervisionOfficerWeeks!: number;
  @Field(() => Int) supervisionVolunteerWeeks!: number;
  @Field(() => Int, { description: "The quiet period: days without activity before a case counts as inactive." })
  inactiveCaseDays!: number;
  @Field(() => Int, { description: "Hours an allocation may wait to be picked up." }) acceptWithinHours!: number;
  @Field(() => Int, { description: "Minutes to acknowledge a safeguarding concern." }) safeguardingAckMinutes!: number;
  @Field(() => Int, { description: "Days of warning before a DBS renewal." }) dbsWarningDays!: number;
  @Field(() => Int, { description: "Days of warning ahead of an urgent key date." }) keyDateWarningDays!: number;
  @Field(() => Int, { description: "Working days from an attended meeting to the follow-up review with the family." })
  meetingFollowUpWorkingDays!: number;
  @Field(() => Int, { description: "Months after closing in which a case may be reopened." }) reopenWithinMonths!: number;
  @Field(() => ConductRecordedBy, { description: "Who may record a conduct incident (decision 042)." })
  conductRecordedBy!: ConductRecordedBy;
  @Field(() => [String], { description: "Postcode districts the service covers, e.g. ST4." }) areaPostcodeDistricts!: string[];
  @Field(() => Int, { description: "Largest file a case folder accepts, in MB." }) documentFileMaxMb!: number;
  @Field(() => Int, { description: "Most one referral's or family's folder may hold, every version counted, in MB." })
  documentFolderMaxMb!: number;
}
