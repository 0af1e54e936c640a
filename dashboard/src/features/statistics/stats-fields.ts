import { graphql } from "../../gql";
import type { NationalStatsQuery, StatsPeriodFieldsFragment } from "../../gql/graphql";

/**
 * One period's figures, spread for this period and the previous one. A spread costs what its fields
 * cost written out (the API's cost limit, server/src/transport/cost-limit.ts), so the document is
 * written with fragments again; read it with `getFragmentData(StatsPeriodFields, …)`.
 */
export const StatsPeriodFields = graphql(`
  fragment StatsPeriodFields on PeriodStats {
    from
    to
    referralsReceived {
      key
      label
      display
      suppressed
      value
    }
    anonymousEnquiries {
      key
      label
      display
      suppressed
      value
    }
    waitingAtPeriodEnd {
      key
      label
      display
      suppressed
      value
    }
    peakWaitingList {
      key
      label
      display
      suppressed
      value
    }
    responseMaximumBreached {
      key
      label
      display
      suppressed
      value
    }
    safeguardingConcerns {
      key
      label
      display
      suppressed
      value
    }
    responseTimes {
      key
      label
      display
      suppressed
      unit
      value
    }
    evaluationResponseRate {
      key
      label
      display
      suppressed
      unit
      value
    }
    evaluationScores {
      key
      label
      display
      suppressed
      unit
      value
    }
    activityHoursByKind {
      key
      label
      display
      suppressed
      unit
      value
    }
    caseDurationByLevel {
      key
      label
      display
      suppressed
      unit
      value
    }
    referralsByChannel {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    referralsBySource {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    referralsByHowHeard {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    referralsByStage {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    referralsByLevel {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    referralsByAgeBand {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    referralsByPrimaryNeed {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    referralsByEthnicity {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    casesOpenedByLevel {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    casesClosedByLevel {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    casesOpenAtEndByLevel {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    activitiesByKind {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    levelChanges {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    casesReopened {
      key
      label
      display
      suppressed
      value
    }
    sessionsByTopic {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    sessionsByKind {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    sessionAttendanceByTopic {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    sessionEvaluationScores {
      key
      label
      display
      suppressed
      unit
      value
    }
    poorPracticeByCategory {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    positiveOutcomes {
      key
      label
      display
      suppressed
      value
    }
    meetingsByStatus {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    hearingsSupported {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    evaluations {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
    feedback {
      key
      title
      cells {
        key
        label
        display
        suppressed
        value
      }
      total {
        key
        label
        display
        suppressed
        value
      }
    }
  }
`);

export const ServiceStatsDocument = graphql(`
  query ServiceStats($from: LocalDate!, $to: LocalDate!) {
    serviceStats(from: $from, to: $to) {
      figures
      footnotes
      suppressionMark
      suppressionThreshold
      current {
        ...StatsPeriodFields
      }
      previous {
        ...StatsPeriodFields
      }
    }
  }
`);

export type PeriodStatsView = StatsPeriodFieldsFragment;
export type StatBreakdownView = PeriodStatsView["referralsByChannel"];
export type StatCellView = PeriodStatsView["referralsReceived"];
export type StatMeasureView = PeriodStatsView["responseTimes"][number];

/**
 * The same figures summed over every service (only those the rollups hold), this period only, as a
 * separate, small document: the service's figures do not wait for it and its cost stays low.
 */
export const NationalStatsDocument = graphql(`
  query NationalStats($from: LocalDate!, $to: LocalDate!) {
    nationalStats(from: $from, to: $to) {
      available
      reason
      minimumServices
      contributingServices
      figures
      footnotes
      suppressionThreshold
      current {
        referralsReceived {
          key
          display
          suppressed
        }
        activityHoursByKind {
          key
          display
          suppressed
        }
        referralsByChannel {
          key
          cells {
            key
            display
            suppressed
          }
          total {
            key
            display
            suppressed
          }
        }
        referralsBySource {
          key
          cells {
            key
            display
            suppressed
          }
          total {
            key
            display
            suppressed
          }
        }
        referralsByHowHeard {
          key
          cells {
            key
            display
            suppressed
          }
          total {
            key
            display
            suppressed
          }
        }
        referralsByStage {
          key
          cells {
            key
            display
            suppressed
          }
          total {
            key
            display
            suppressed
          }
        }
        referralsByLevel {
          key
          cells {
            key
            display
            suppressed
          }
          total {
            key
            display
            suppressed
          }
        }
        referralsByAgeBand {
          key
          cells {
            key
            display
            suppressed
          }
          total {
            key
            display
            suppressed
          }
        }
        referralsByPrimaryNeed {
          key
          cells {
            key
            display
            suppressed
          }
          total {
            key
            display
            suppressed
          }
        }
        referralsByEthnicity {
          key
          cells {
            key
            display
            suppressed
          }
          total {
            key
            display
            suppressed
          }
        }
        activitiesByKind {
          key
          cells {
            key
            display
            suppressed
          }
          total {
            key
            display
            suppressed
          }
        }
      }
    }
  }
`);

export type NationalStatsView = NationalStatsQuery["nationalStats"];
export type NationalFiguresView = NonNullable<NationalStatsView["current"]>;
/** A figure across all services: what a column beside the service's own needs. */
export type NationalFigure = { key: string; display: string; suppressed: boolean };
export type NationalBreakdownView = { cells: NationalFigure[]; total: NationalFigure };

export const ServiceStatsCsvDocument = graphql(`
  query ServiceStatsCsv($from: LocalDate!, $to: LocalDate!) {
    serviceStatsCsv(from: $from, to: $to)
  }
`);

export const ServiceStatsReportDocument = graphql(`
  query ServiceStatsReport($from: LocalDate!, $to: LocalDate!) {
    serviceStatsReport(from: $from, to: $to)
  }
`);

/** The twelve months to the period's end (the period's own months when longer), month by month, for the trend charts (decision 044). */
export const ServiceStatsTrendDocument = graphql(`
  query ServiceStatsTrend($from: LocalDate!, $to: LocalDate!) {
    serviceStatsTrend(from: $from, to: $to, trailingYear: true) {
      figures
      months {
        from
        to
        referralsReceived {
          value
          display
          suppressed
        }
        responseTimes {
          key
          value
          display
          suppressed
        }
      }
    }
  }
`);
