import { Field, Float, Int, ObjectType } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import type * as M from "./statistics.model.js";
import { StatFigures } from "../graphql/enums.js";

/* The GraphQL shapes of statistics.model.ts: aggregates only (see there). */

@ObjectType({
  simpleResolvers: true,
  description:
    "One count: exact, or protected (never from 1 to k−1; others moved by up to 2; the same records always give the same figure).",
})
export class StatCell implements M.StatCell {
  @Field(() => String, { description: "Stable category key, e.g. HELPLINE or 11-15." }) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Int, { nullable: true, description: "Null when suppressed (or when there is no data)." }) value!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
  @Field(() => String, { description: "What to print: the number, or the suppression mark." }) display!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: "Counts of one population by one category, every category listed (zeros included), with the total.",
})
export class StatBreakdown implements M.StatBreakdown {
  @Field(() => String) key!: string;
  @Field(() => String) title!: string;
  @Field(() => [StatCell]) cells!: StatCell[];
  @Field(() => StatCell) total!: StatCell;
}

@ObjectType({
  simpleResolvers: true,
  description: "A share, median, mean or amount; suppressed when based on fewer than k cases or when it would reveal a small count.",
})
export class StatMeasure implements M.StatMeasure {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { description: "%, hours, days or score." }) unit!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
  @Field(() => String) display!: string;
}

/**
 * The figures the rollups hold (decision 006): referral breakdowns and activities. Referenced by no
 * field, so not in the schema: `PeriodStats` (one service) and `NationalPeriodStats` (every
 * service) inherit these fields, so both answer them under the same names and shapes.
 */
@ObjectType({ simpleResolvers: true })
abstract class RollupFigures implements M.RollupFigures {
  @Field(() => GraphQLLocalDate) from!: string;
  @Field(() => GraphQLLocalDate) to!: string;

  @Field(() => StatCell, { description: "Referrals received (with consent to record)." }) referralsReceived!: StatCell;
  @Field(() => StatBreakdown) referralsByChannel!: StatBreakdown;
  @Field(() => StatBreakdown, { description: "Who referred; professional referrals by profession." }) referralsBySource!: StatBreakdown;
  @Field(() => StatBreakdown) referralsByStage!: StatBreakdown;
  @Field(() => StatBreakdown) referralsByHowHeard!: StatBreakdown;
  @Field(() => StatBreakdown) referralsByLevel!: StatBreakdown;
  @Field(() => StatBreakdown, { description: "Age at referral: 0–4, 5–10, 11–15, 16–19, 20–25." }) referralsByAgeBand!: StatBreakdown;
  @Field(() => StatBreakdown) referralsByPrimaryNeed!: StatBreakdown;
  @Field(() => StatBreakdown, { description: "Census 2021 high-level ethnic groups." }) referralsByEthnicity!: StatBreakdown;

  @Field(() => StatBreakdown) activitiesByKind!: StatBreakdown;
  @Field(() => [StatMeasure], { description: "Hours recorded by kind of activity; the last entry is the total." })
  activityHoursByKind!: StatMeasure[];
}

@ObjectType({ simpleResolvers: true, description: "Every steering-group figure for one period." })
export class PeriodStats extends RollupFigures implements M.PeriodStats {
  @Field(() => StatCell, { description: "Enquiries without consent to record: an anonymous tally." }) anonymousEnquiries!: StatCell;

  @Field(() => [StatMeasure], { description: "% first responses within the target and the maximum; median hours to first response." })
  responseTimes!: StatMeasure[];

  @Field(() => StatBreakdown) casesOpenedByLevel!: StatBreakdown;
  @Field(() => StatBreakdown) casesClosedByLevel!: StatBreakdown;
  @Field(() => StatBreakdown, { description: "Cases open at the end of the period (or now, if sooner)." })
  casesOpenAtEndByLevel!: StatBreakdown;
  @Field(() => [StatMeasure], { description: "Median days from opening to closure of cases closed in the period." })
  caseDurationByLevel!: StatMeasure[];

  @Field(() => StatBreakdown) meetingsByStatus!: StatBreakdown;
  @Field(() => StatBreakdown, { description: "Level changes of allocated cases: escalations and moves down." })
  levelChanges!: StatBreakdown;
  @Field(() => StatCell, { description: "Closed cases reopened in the period (each closure is counted in casesClosedByLevel)." })
  casesReopened!: StatCell;
  @Field(() => StatBreakdown, { description: "Information and training sessions held, by topic." }) sessionsByTopic!: StatBreakdown;
  @Field(() => StatBreakdown) sessionsByKind!: StatBreakdown;
  @Field(() => StatBreakdown, { description: "People attending sessions, by topic." }) sessionAttendanceByTopic!: StatBreakdown;
  @Field(() => [StatMeasure], { description: "Mean scores of the sessions' anonymous evaluation forms." })
  sessionEvaluationScores!: StatMeasure[];
  @Field(() => StatBreakdown, { description: "Anonymised poor practice challenged, by kind." }) poorPracticeByCategory!: StatBreakdown;
  @Field(() => StatCell, { description: "Positive outcomes of engagement and co-production recorded." }) positiveOutcomes!: StatCell;
  @Field(() => StatBreakdown, { description: "Tribunals, exclusion hearings and mediations on supported cases." })
  hearingsSupported!: StatBreakdown;

  @Field(() => StatBreakdown, { description: "Evaluation invitations sent, split by returned or not." }) evaluations!: StatBreakdown;
  @Field(() => StatMeasure) evaluationResponseRate!: StatMeasure;
  @Field(() => [StatMeasure], { description: "Mean score per evaluation question (including perceived impartiality)." })
  evaluationScores!: StatMeasure[];

  @Field(() => StatBreakdown, { description: "Complaints by outcome; comments and compliments." }) feedback!: StatBreakdown;
  @Field(() => StatCell) safeguardingConcerns!: StatCell;

  @Field(() => StatCell, { description: "Service deficit: referrals whose response maximum passed in the period without a response." })
  responseMaximumBreached!: StatCell;
  @Field(() => StatCell, { description: "Referrals waiting (no case opened, not signposted) at the end of the period." })
  waitingAtPeriodEnd!: StatCell;
  @Field(() => StatCell, { description: "Longest daily waiting list in the period, from the daily snapshots (null if none were taken)." })
  peakWaitingList!: StatCell;
}

@ObjectType({
  simpleResolvers: true,
  description: "Anonymised steering-group statistics for a period and the previous period of equal length.",
})
export class ServiceStats implements M.ServiceStats {
  @Field(() => StatFigures, { description: "Which kind of figures these are: EXACT (a manager's own service) or PROTECTED." })
  figures!: StatFigures;
  @Field(() => [String], { description: "What the reader must know about these figures; show them with the figures." })
  footnotes!: string[];
  @Field(() => Int, { description: "k: a protected count is never from 1 to k−1." }) suppressionThreshold!: number;
  @Field(() => String, { description: "The mark shown for a share, median, mean or amount that is not given." }) suppressionMark!: string;
  @Field(() => PeriodStats) current!: PeriodStats;
  @Field(() => PeriodStats) previous!: PeriodStats;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "One service's figures month by month, for charts: each month's figures are what `serviceStats` gives for that month alone (protected figures for each whole month on its own).",
})
export class StatsTrend implements M.StatsTrend {
  @Field(() => StatFigures, { description: "EXACT (a manager's own service) or PROTECTED." }) figures!: StatFigures;
  @Field(() => [String], { description: "What the reader must know about these figures; show them with the figures." })
  footnotes!: string[];
  @Field(() => Int, { description: "k: a protected count is never from 1 to k−1." }) suppressionThreshold!: number;
  @Field(() => String, { description: "The mark shown for a share, median, mean or amount that is not given." }) suppressionMark!: string;
  @Field(() => [PeriodStats], { description: "Each calendar month the period touches, oldest first, clipped to the period." })
  months!: PeriodStats[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    "Referral breakdowns and activities for one period summed over every service of the deployment. Never broken down by service.",
})
export class NationalPeriodStats extends RollupFigures implements M.NationalPeriodStats {
  @Field(() => Int, { description: "Services with referrals and activities in this period (the smaller of the two counts)." })
  contributingServices!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "Anonymised figures across every service, for a period and the previous one of equal length. Given only when enough services contribute, so that no service's figures can be worked out by subtracting the others'.",
})
export class NationalStats implements M.NationalStats {
  @Field(() => Boolean, { description: "Whether figures are given for the period; false when too few services contribute." })
  available!: boolean;
  @Field(() => String, { nullable: true, description: "Why there are no figures; null when available." }) reason!: string | null;
  @Field(() => Int, { description: "Services that must contribute to a period before its figures are given." }) minimumServices!: number;
  @Field(() => Int, {
    description: "Services (demo services aside) with referrals and activities in the period (the smaller of the two counts).",
  })
  contributingServices!: number;
  @Field(() => StatFigures, { description: "Always PROTECTED." }) figures!: StatFigures;
  @Field(() => [String], { description: "What the reader must know about these figures; show them with the figures." })
  footnotes!: string[];
  @Field(() => Int, { description: "k: a protected count is never from 1 to k−1 (the highest k any service sets, demo services aside)." })
  suppressionThreshold!: number;
  @Field(() => String, { description: "The mark shown for a share, median, mean or amount that is not given." }) suppressionMark!: string;
  @Field(() => NationalPeriodStats, { nullable: true, description: "Null unless available." }) current!: NationalPeriodStats | null;
  @Field(() => NationalPeriodStats, {
    nullable: true,
    description: "Null unless available and enough services contribute to the previous period too.",
  })
  previous!: NationalPeriodStats | null;
}
