import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { AgencyType, MonitoringKind, PoorPracticeCategory, SessionKind, SessionTopic } from "../graphql/enums.js";
import type * as M from "./groupwork.model.js";

@ObjectType({ simpleResolvers: true, description: "Someone known to the service linked to a session." })
export class SessionAttendee implements M.SessionAttendee {
  @Field(() => ID) personId!: string;
  @Field(() => String, { nullable: true, description: "Null to a viewer who does not work with this family (decision 047)." })
  fullName!: string | null;
  @Field(() => Boolean, { description: "False: booked or invited, did not come." }) attended!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "Someone the viewer may link to a session as attending: a family they work with." })
export class SessionAttendeeChoice implements M.SessionAttendeeChoice {
  @Field(() => ID) personId!: string;
  @Field(() => String, { nullable: true }) fullName!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "An information or training session for parents and young people [001, 004 2.2B10 VI]." })
export class GroupSession implements M.GroupSession {
  @Field(() => ID) id!: string;
  @Field(() => SessionKind) kind!: SessionKind;
  @Field(() => String) title!: string;
  @Field(() => GraphQLLocalDate) heldOn!: string;
  @Field(() => SessionTopic) topic!: SessionTopic;
  @Field(() => String) facilitator!: string;
  @Field(() => Int, { description: "How many attended (linked or not)." }) attendance!: number;
  @Field(() => [SessionAttendee]) attendees!: SessionAttendee[];
  @Field(() => Int, { description: "Anonymous evaluation forms entered." }) evaluationForms!: number;
  @Field(() => Float, { nullable: true, description: "Mean usefulness 1–5; null until at least 3 forms are in." })
  meanUsefulness!: number | null;
  @Field(() => Float, { nullable: true, description: "Mean impartiality 1–5; null until at least 3 forms are in." })
  meanImpartiality!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "An anonymised poor-practice issue or positive outcome for the monitoring report [001].",
})
export class MonitoringNote implements M.MonitoringNote {
  @Field(() => ID) id!: string;
  @Field(() => MonitoringKind) kind!: MonitoringKind;
  @Field(() => PoorPracticeCategory, { nullable: true }) category!: PoorPracticeCategory | null;
  @Field(() => AgencyType, { nullable: true }) agencyType!: AgencyType | null;
  @Field(() => GraphQLLocalDate, { description: "The first day of the month it happened." }) month!: string;
  @Field(() => String) summary!: string;
}

@ObjectType({ simpleResolvers: true, description: "Mileage and expenses claimed for one activity [003]." })
export class ActivityExpense implements M.ActivityExpense {
  @Field(() => ID) id!: string;
  @Field(() => ID) activityId!: string;
  @Field(() => GraphQLLocalDate) incurredOn!: string;
  @Field(() => Float) miles!: number;
  @Field(() => Int) amountPence!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One staff member's mileage and expenses in a month." })
export class ExpenseTotal implements M.ExpenseTotal {
  @Field(() => ID) staffId!: string;
  @Field(() => String) staffName!: string;
  @Field(() => Int) claims!: number;
  @Field(() => Float) miles!: number;
  @Field(() => Int) amountPence!: number;
}
