import { stringify } from "csv-stringify/sync";
import type { PeriodStats, ServiceStats, StatBreakdown, StatCell, StatMeasure } from "./statistics.model.js";
import { escapeHtml } from "./html.js";
import { barChartSvg } from "./trend-chart.js";

/**
 * The steering statistics as CSV and as a printable HTML report. Both walk the same sections in
 * the same order, and print only what `ServiceStats` holds (already disclosed), with its footnotes.
 */

type Item =
  | { kind: "cell"; field: { [K in keyof PeriodStats]: PeriodStats[K] extends StatCell ? K : never }[keyof PeriodStats]; title: string }
  | { kind: "breakdown"; field: { [K in keyof PeriodStats]: PeriodStats[K] extends StatBreakdown ? K : never }[keyof PeriodStats] }
  | {
      kind: "measures";
      field: { [K in keyof PeriodStats]: PeriodStats[K] extends StatMeasure[] | StatMeasure ? K : never }[keyof PeriodStats];
      title: string;
    };

const SECTIONS: { title: string; items: Item[] }[] = [
  {
    title: "Referrals",
    items: [
      { kind: "cell", field: "referralsReceived", title: "Referrals received" },
      { kind: "cell", field: "anonymousEnquiries", title: "Anonymous enquiries" },
      { kind: "breakdown", field: "referralsByChannel" },
      { kind: "breakdown", field: "referralsBySource" },
      { kind: "breakdown", field: "referralsByStage" },
      { kind: "breakdown", field: "referralsByHowHeard" },
      { kind: "breakdown", field: "referralsByLevel" },
      { kind: "breakdown", field: "referralsByAgeBand" },
      { kind: "breakdown", field: "referralsByPrimaryNeed" },
      { kind: "breakdown", field: "referralsByEthnicity" },
    ],
  },
  { title: "Response times", items: [{ kind: "measures", field: "responseTimes", title: "Response to referrals" }] },
  {
    title: "Cases",
    items: [
      { kind: "breakdown", field: "casesOpenedByLevel" },
      { kind: "breakdown", field: "casesClosedByLevel" },
      { kind: "breakdown", field: "casesOpenAtEndByLevel" },
      { kind: "breakdown", field: "levelChanges" },
      { kind: "cell", field: "casesReopened", title: "Cases reopened" },
      { kind: "measures", field: "caseDurationByLevel", title: "Median days from opening to closure" },
    ],
  },
  {
    title: "Casework",
    items: [
      { kind: "breakdown", field: "activitiesByKind" },
      { kind: "measures", field: "activityHoursByKind", title: "Hours by kind of activity" },
      { kind: "breakdown", field: "meetingsByStatus" },
      { kind: "breakdown", field: "hearingsSupported" },
    ],
  },
  {
    title: "Group work and monitoring",
    items: [
      { kind: "breakdown", field: "sessionsByTopic" },
      { kind: "breakdown", field: "sessionsByKind" },
      { kind: "breakdown", field: "sessionAttendanceByTopic" },
      { kind: "measures", field: "sessionEvaluationScores", title: "Session evaluations: mean scores" },
      { kind: "breakdown", field: "poorPracticeByCategory" },
      { kind: "cell", field: "positiveOutcomes", title: "Positive outcomes recorded" },
    ],
  },
  {
    title: "Evaluations",
    items: [
      { kind: "breakdown", field: "evaluations" },
      { kind: "measures", field: "evaluationResponseRate", title: "Response rate" },
      { kind: "measures", field: "evaluationScores", title: "Mean scores" },
    ],
  },
  {
    title: "Complaints, safeguarding and service deficit",
    items: [
      { kind: "breakdown", field: "feedback" },
      { kind: "cell", field: "safeguardingConcerns", title: "Safeguarding concerns raised" },
      { kind: "cell", field: "responseMaximumBreached", title: "Past the response maximum without a response" },
      { kind: "cell", field: "waitingAtPeriodEnd", title: "Waiting at the end of the period" },
      { kind: "cell", field: "peakWaitingList", title: "Longest daily waiting list" },
    ],
  },
];

interface Line {
  group: string;
  key: string;
  label: string;
  current: string;
  previous: string;
  isTotal?: boolean;
}

/** One table per item: rows pair the current and previous periods by key. */
function tables(stats: ServiceStats): { section: string; tables: { key: string; title: string; unit?: string; lines: Line[] }[] }[] {
  const { current, previous } = stats;
  return SECTIONS.map((section) => ({
    section: section.title,
    tables: section.items.map((item) => {
      if (item.kind === "cell") {
        const c = current[item.field];
        const p = previous[item.field];
        return {
          key: item.field,
          title: item.title,
          lines: [{ group: item.field, key: c.key, label: c.label, current: c.display, previous: p.display }],
        };
      }
      if (item.kind === "breakdown") {
        const c = current[item.field];
        const p = previous[item.field];
        const prevByKey = new Map(p.cells.map((x) => [x.key, x]));
        return {
          key: item.field,
          title: c.title,
          lines: [
            ...c.cells.map((x) => ({
              group: item.field,
              key: x.key,
              label: x.label,
              current: x.display,
              previous: prevByKey.get(x.key)?.display ?? "0",
            })),
            { group: item.field, key: "TOTAL", label: "Total", current: c.total.display, previous: p.total.display, isTotal: true },
          ],
        };
      }
      const asList = (v: StatMeasure | StatMeasure[]) => (Array.isArray(v) ? v : [v]);
      const c = asList(current[item.field]);
      const p = asList(previous[item.field]);
      const keys = [...new Set([...c.map((m) => m.key), ...p.map((m) => m.key)])];
      const find = (list: StatMeasure[], key: string) => list.find((m) => m.key === key);
      return {
        key: item.field,
        title: item.title,
        lines: keys.map((key) => {
          const m = find(c, key) ?? find(p, key)!;
          return {
            group: item.field,
            key,
            label: m.unit === "%" ? m.label : `${m.label} (${m.unit})`,
            current: find(c, key)?.display ?? "–",
            previous: find(p, key)?.display ?? "–",
            isTotal: key === "TOTAL",
          };
        }),
      };
    }),
  }));
}

const figuresTitle = (stats: ServiceStats) => (stats.figures === "EXACT" ? "Exact figures" : "Protected figures");

/**
 * CSV: breakdown, key, label, this period, previous period; figures not given print as the mark.
 * After the figures, one `note` row says which kind of figures they are and one per footnote.
 */
export function statsToCsv(stats: ServiceStats): string {
  const header = [
    "breakdown",
    "key",
    "label",
    `this period (${stats.current.from} to ${stats.current.to})`,
    `previous period (${stats.previous.from} to ${stats.previous.to})`,
  ];
  const rows = tables(stats).flatMap((s) => s.tables.flatMap((t) => t.lines.map((l) => [l.group, l.key, l.label, l.current, l.previous])));
  const notes = [
    ["note", "FIGURES", figuresTitle(stats), stats.figures, ""],
    ...stats.footnotes.map((text, i) => ["note", `FOOTNOTE_${i + 1}`, text, "", ""]),
  ];
  return stringify([header, ...rows, ...notes], { record_delimiter: "\r\n" });
}

const longDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A self-contained, printable HTML monitoring report (no scripts, no external resources). */
export function statsToHtml(stats: ServiceStats, opts: { serviceName: string; generatedOn: string; trend?: PeriodStats[] }): string {
  const e = escapeHtml;
  const trend = opts.trend && opts.trend.length > 1 ? trendSection(opts.trend) : "";
  const cur = `${longDate(stats.current.from)} to ${longDate(stats.current.to)}`;
  const prev = `${longDate(stats.previous.from)} to ${longDate(stats.previous.to)}`;
  const body = tables(stats)
    .map(
      (s, i) => `<section aria-labelledby="s${i}">
<h2 id="s${i}">${e(s.section)}</h2>
${s.tables
  .map(
    (t) => `<table>
<caption>${e(t.title)}</caption>
<thead><tr><th scope="col">Category</th><th scope="col">This period</th><th scope="col">Previous period</th></tr></thead>
<tbody>
${t.lines
  .map(
    (l) =>
      `<tr${l.isTotal ? ' class="total"' : ""}><th scope="row">${e(l.label)}</th><td>${e(l.current)}</td><td>${e(l.previous)}</td></tr>`,
  )
  .join("\n")}
</tbody>
</table>`,
  )
  .join("\n")}
</section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`Monitoring report: ${opts.serviceName}, ${cur}`)}</title>
<style>
  body { font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; margin: 2rem; line-height: 1.4; }
  h1 { font-size: 1.75rem; margin-bottom: 0.25rem; }
  h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 2px solid #0b0c0c; }
  table { border-collapse: collapse; margin: 1rem 0 1.5rem; min-width: 32rem; }
  caption { text-align: left; font-weight: bold; padding-bottom: 0.35rem; }
  th, td { border: 1px solid #b1b4b6; padding: 0.3rem 0.6rem; }
  th[scope="row"] { text-align: left; font-weight: normal; }
  td { text-align: right; font-variant-numeric: tabular-nums; }
  tr.total th, tr.total td { font-weight: bold; }
  .note { max-width: 45rem; }
  figure { margin: 1rem 0; max-width: 40rem; }
  figcaption { font-weight: bold; }
  @media print {
    body { margin: 0; font-size: 10.5pt; }
    section { break-before: auto; }
    table { break-inside: avoid; page-break-inside: avoid; }
    h2 { break-after: avoid; page-break-after: avoid; }
    @page { margin: 15mm; }
  }
</style>
</head>
<body>
<main>
<h1>${e(`Monitoring report: ${opts.serviceName}`)}</h1>
<p>This period: ${e(cur)}. Previous period: ${e(prev)}. Produced on ${e(longDate(opts.generatedOn))}.</p>
<p class="note"><strong>${e(figuresTitle(stats))}.</strong> A dash means there is no data.</p>
<ul class="note">
${stats.footnotes.map((f) => `<li>${e(f)}</li>`).join("\n")}
</ul>
${trend}
${body}
</main>
</body>
</html>
`;
}

const shortMonth = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** The months before and including the period as two bar charts and the table of their figures (decision 044). */
function trendSection(months: PeriodStats[]): string {
  const e = escapeHtml;
  const withinTarget = (m: PeriodStats) => m.responseTimes.find((r) => r.key === "WITHIN_TARGET")!;
  const referrals = months.map((m) => ({
    label: shortMonth(m.from),
    value: m.referralsReceived.value,
    display: m.referralsReceived.display,
  }));
  const responses = months.map((m) => ({ label: shortMonth(m.from), value: withinTarget(m).value, display: withinTarget(m).display }));
  const rows = months
    .map(
      (m) =>
        `<tr><th scope="row">${e(shortMonth(m.from))}</th><td>${e(m.referralsReceived.display)}</td><td>${e(withinTarget(m).display)}</td>` +
        `<td>${e(m.casesOpenedByLevel.total.display)}</td><td>${e(m.casesClosedByLevel.total.display)}</td></tr>`,
    )
    .join("\n");
  return `<section aria-labelledby="trend">
<h2 id="trend">Month by month</h2>
<figure>
<figcaption>Referrals received</figcaption>
${barChartSvg({ id: "trend-referrals", title: "Referrals received by month", points: referrals })}
</figure>
<figure>
<figcaption>First response within the target (%)</figcaption>
${barChartSvg({ id: "trend-response", title: "First response within the target by month, per cent", points: responses, max: 100 })}
</figure>
<table>
<caption>The figures in the charts, and cases by month</caption>
<thead><tr><th scope="col">Month</th><th scope="col">Referrals received</th><th scope="col">First response within the target</th><th scope="col">Cases opened</th><th scope="col">Cases closed</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}
