import type { StatFigures } from "../core/vocabulary.js";

/*
 * Everything the steering statistics answer is an aggregate: fixed category keys and labels, counts,
 * shares, medians and means. Nothing here may gain a name, a date of birth, free text or the id of a
 * person, case or staff member (the steering canary test reads every field).
 */

/** One count: exact, or protected (decision 028: never 1 to k−1, others moved by up to 2). */
export interface StatCell {
  key: string;
  label: string;
  /** Null when suppressed (or when there is no data). */
  value: number | null;
  suppressed: boolean;
  /** What to print: the number, or the suppression mark. */
  display: string;
}

/** Counts of one population by one category, every category listed (zeros included), with the total. */
export interface StatBreakdown {
  key: string;
  title: string;
  cells: StatCell[];
  total: StatCell;
}

/** A share, median, mean or amount. */
export interface StatMeasure {
  key: string;
  label: string;
  /** %, hours, days or score. */
  unit: string;
  value: number | null;
  suppressed: boolean;
  display: string;
}

/** The figures the rollups hold (decision 006): referral breakdowns and activities, for one period. */
export interface RollupFigures {
  from: string;
  to: string;
  referralsReceived: StatCell;
  referralsByChannel: StatBreakdown;
  referralsBySource: StatBreakdown;
  referralsByStage: StatBreakdown;
  referralsByHowHeard: StatBreakdown;
  referralsByLevel: StatBreakdown;
  referralsByAgeBand: StatBreakdown;
  referralsByPrimaryNeed: StatBreakdown;
  referralsByEthnicity: StatBreakdown;
  activitiesByKind: StatBreakdown;
  activityHoursByKind: StatMeasure[];
}
export type RollupFigureFields = Omit<RollupFigures, "from" | "to">;

/** Every steering-group figure for one period. */
export interface PeriodStats extends RollupFigures {
  anonymousEnquiries: StatCell;
  responseTimes: StatMeasure[];
  casesOpenedByLevel: StatBreakdown;
  casesClosedByLevel: StatBreakdown;
  casesOpenAtEndByLevel: StatBreakdown;
  caseDurationByLevel: StatMeasure[];
  meetingsByStatus: StatBreakdown;
  /** Casework part 3 (decision 042). */
  levelChanges: StatBreakdown;
  casesReopened: StatCell;
  sessionsByTopic: StatBreakdown;
  sessionsByKind: StatBreakdown;
  sessionAttendanceByTopic: StatBreakdown;
  sessionEvaluationScores: StatMeasure[];
  poorPracticeByCategory: StatBreakdown;
  positiveOutcomes: StatCell;
  hearingsSupported: StatBreakdown;
  evaluations: StatBreakdown;
  evaluationResponseRate: StatMeasure;
  evaluationScores: StatMeasure[];
  feedback: StatBreakdown;
  safeguardingConcerns: StatCell;
  responseMaximumBreached: StatCell;
  waitingAtPeriodEnd: StatCell;
  peakWaitingList: StatCell;
}

/** One service's statistics for a period and the previous period of equal length. */
export interface ServiceStats {
  /** EXACT for a manager's own service; PROTECTED (decision 028) for everyone else. */
  figures: StatFigures;
  /** What the reader must know about the figures (every form prints them). */
  footnotes: string[];
  suppressionThreshold: number;
  suppressionMark: string;
  current: PeriodStats;
  previous: PeriodStats;
}

/** One service's figures month by month (decision 044): each month's figures as `serviceStats` gives that month. */
export interface StatsTrend {
  figures: StatFigures;
  footnotes: string[];
  suppressionThreshold: number;
  suppressionMark: string;
  months: PeriodStats[];
}

/** Referral breakdowns and activities for one period summed over every service; never broken down by service. */
export interface NationalPeriodStats extends RollupFigures {
  contributingServices: number;
}

export interface NationalStats {
  available: boolean;
  reason: string | null;
  minimumServices: number;
  contributingServices: number;
  /** Always PROTECTED. */
  figures: StatFigures;
  footnotes: string[];
  suppressionThreshold: number;
  suppressionMark: string;
  current: NationalPeriodStats | null;
  previous: NationalPeriodStats | null;
}
