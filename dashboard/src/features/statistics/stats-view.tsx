import { useApolloClient, useQuery } from "@apollo/client/react";
import { lazy, Suspense, useState, type FormEvent } from "react";
import { getFragmentData } from "../../gql";
import { serverProblem } from "../../lib/errors";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { addDays, addMonths, formatDay, todayLocal } from "../../ui/format";
import {
  NationalStatsDocument,
  ServiceStatsCsvDocument,
  ServiceStatsDocument,
  ServiceStatsReportDocument,
  StatsPeriodFields,
  type NationalBreakdownView,
  type NationalFigure,
  type NationalFiguresView,
  type NationalStatsView,
  type PeriodStatsView,
  type StatBreakdownView,
  type StatCellView,
  type StatMeasureView,
} from "./stats-fields";

// The charts' library (recharts) is most of this screen's script: the figures do not wait for it.
const TrendCharts = lazy(() => import("./trend-charts").then((m) => ({ default: m.TrendCharts })));

type Period = { from: string; to: string };

function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The last full calendar month before today: the steering group's usual view. */
export function lastFullMonth(today = todayLocal()): Period {
  const to = addDays(monthStart(today), -1);
  return { from: monthStart(to), to };
}

function lastFullQuarter(today = todayLocal()): Period {
  const month = Number(today.slice(5, 7));
  const quarterStartMonth = Math.floor((month - 1) / 3) * 3 + 1;
  const thisQuarter = `${today.slice(0, 4)}-${String(quarterStartMonth).padStart(2, "0")}-01`;
  const to = addDays(thisQuarter, -1);
  const fromMonth = Number(to.slice(5, 7)) - 2;
  return { from: `${to.slice(0, 4)}-${String(fromMonth).padStart(2, "0")}-01`, to };
}

function last12Months(today = todayLocal()): Period {
  const to = addDays(monthStart(today), -1);
  return { from: addMonths(monthStart(to), -11), to };
}

const presets: { id: string; label: string; period: () => Period; exactOnly?: boolean }[] = [
  { id: "month", label: "Last full month", period: () => lastFullMonth() },
  { id: "quarter", label: "Last full quarter", period: () => lastFullQuarter() },
  { id: "year", label: "Last 12 months", period: () => last12Months() },
  // Protected figures are given for whole months that have ended (server: protectedPeriodProblem, decision 028).
  { id: "sofar", label: "This month so far", period: () => ({ from: monthStart(todayLocal()), to: todayLocal() }), exactOnly: true },
];

/** The last day of the month of `day`. */
const monthEnd = (day: string) => addDays(addMonths(monthStart(day), 1), -1);

/** Whether protected figures can be given for the period: whole months that have ended (mirrors the server's rule). */
export function isWholeEndedMonths(p: Period, today = todayLocal()): boolean {
  return p.from === monthStart(p.from) && p.to === monthEnd(p.to) && p.to < monthStart(today);
}

const range = (p: { from: string; to: string }) => `${formatDay(p.from)} to ${formatDay(p.to)}`;

/** A figure, or the mark for one not given, with words for screen readers. */
function Figure(props: { cell: { display: string; suppressed: boolean } }) {
  if (!props.cell.suppressed) return <>{props.cell.display}</>;
  return (
    <span className="suppressed" title="Not given: it would rest on too few families">
      <span aria-hidden="true">{props.cell.display}</span>
      <span className="visually-hidden">suppressed</span>
    </span>
  );
}

/** Which kind of figures are on screen, with what the reader must know about them. */
function FiguresKind(props: { figures: "EXACT" | "PROTECTED"; footnotes: string[] }) {
  return (
    <div className="stats-kind" data-testid="stats-kind">
      <Alert tone="info" title={props.figures === "EXACT" ? "Exact figures" : "Protected figures"}>
        <ul className="footnotes">
          {props.footnotes.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}

/**
 * The statistics screen. `exact`: the reader gets exact figures for their own service (a manager)
 * and may choose any days; otherwise only whole months that have ended, as the server requires.
 */
export function StatisticsView(props: { exact: boolean }) {
  const client = useApolloClient();
  const [period, setPeriod] = useState<Period>(() => lastFullMonth());
  const [draft, setDraft] = useState<Period>(period);
  const [preset, setPreset] = useState("month");
  const picking = useFormProblems();
  const pickError = picking.problems[0]?.message;
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<"csv" | "report" | null>(null);
  const { data, error, loading } = useQuery(ServiceStatsDocument, { variables: period });
  const stats = data?.serviceStats;
  const current = stats ? getFragmentData(StatsPeriodFields, stats.current) : null;
  const previous = stats ? getFragmentData(StatsPeriodFields, stats.previous) : null;
  // Figures across services are always protected: whole months that have ended only.
  const nationalAsked = isWholeEndedMonths(period);
  const national = useQuery(NationalStatsDocument, { variables: period, skip: !nationalAsked });
  const offered = presets.filter((p) => props.exact || !p.exactOnly);

  const choosePreset = (id: string) => {
    const found = presets.find((p) => p.id === id);
    setPreset(id);
    if (found) {
      const next = found.period();
      setDraft(next);
      setPeriod(next);
      picking.reset();
    }
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    // Protected figures: the inputs choose months, read as their first and last days.
    const chosen = props.exact || !draft.from || !draft.to ? draft : { from: monthStart(draft.from), to: monthEnd(draft.to) };
    if (!chosen.from || !chosen.to) found.push({ field: chosen.from ? "period-to" : "period-from", message: "Enter both dates" });
    else if (chosen.to < chosen.from) found.push({ field: "period-to", message: "The end date must be on or after the start date" });
    else if (!props.exact && !isWholeEndedMonths(chosen))
      found.push({ field: "period-to", message: "Choose months that have ended: the last month can be last month at the latest" });
    if (!picking.check(found)) return;
    setPreset("custom");
    setPeriod(chosen);
  };

  const downloadCsv = async () => {
    setExportProblem(null);
    setBusy("csv");
    try {
      const result = await client.query({ query: ServiceStatsCsvDocument, variables: period, fetchPolicy: "network-only" });
      const csv = result.data?.serviceStatsCsv ?? "";
      const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = `service-statistics-${period.from}-to-${period.to}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setExportProblem(serverProblem(e).message);
    } finally {
      setBusy(null);
    }
  };

  const openReport = async () => {
    setExportProblem(null);
    // Open the window inside the click, before awaiting, so pop-up blockers allow it.
    const win = window.open("", "_blank");
    setBusy("report");
    try {
      const result = await client.query({ query: ServiceStatsReportDocument, variables: period, fetchPolicy: "network-only" });
      const html = result.data?.serviceStatsReport ?? "";
      const url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
      if (win) win.location.href = url;
      else setExportProblem("Your browser blocked the new window. Allow pop-ups for this site and try again.");
    } catch (e) {
      win?.close();
      setExportProblem(serverProblem(e).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="stack">
      <form className="card period-picker" onSubmit={apply} noValidate aria-labelledby="period-heading">
        <h2 id="period-heading" className="visually-hidden">
          Choose the period
        </h2>
        <div className="field period-field">
          <label htmlFor="period-preset">Period</label>
          <select id="period-preset" className="select" value={preset} onChange={(e) => choosePreset(e.currentTarget.value)}>
            {offered.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
            <option value="custom">{props.exact ? "Dates of my choosing" : "Months of my choosing"}</option>
          </select>
        </div>
        <div className="field period-field">
          <label htmlFor="period-from">{props.exact ? "From" : "From (month)"}</label>
          <input
            id="period-from"
            className="input"
            type={props.exact ? "date" : "month"}
            value={props.exact ? draft.from : draft.from.slice(0, 7)}
            onChange={(e) => setDraft({ ...draft, from: props.exact ? e.currentTarget.value : `${e.currentTarget.value}-01` })}
          />
        </div>
        <div className="field period-field">
          <label htmlFor="period-to">{props.exact ? "To" : "To (month)"}</label>
          <input
            id="period-to"
            className="input"
            type={props.exact ? "date" : "month"}
            value={props.exact ? draft.to : draft.to.slice(0, 7)}
            onChange={(e) => setDraft({ ...draft, to: props.exact ? e.currentTarget.value : `${e.currentTarget.value}-01` })}
          />
        </div>
        <Button type="submit" variant="secondary">
          Show figures
        </Button>
        {pickError ? (
          <p className="error-message period-error" role="alert">
            {pickError}
          </p>
        ) : null}
      </form>

      <div className="stats-toolbar">
        <p className="muted" data-testid="period-label">
          {current && previous ? (
            <>
              <strong className="ink">{range(current)}</strong>, compared with {range(previous)}
            </>
          ) : (
            range(period)
          )}
        </p>
        <div className="button-row">
          <Button variant="secondary" onClick={() => void downloadCsv()} disabled={busy !== null}>
            {busy === "csv" ? "Preparing…" : "Download CSV"}
          </Button>
          <Button variant="secondary" onClick={() => void openReport()} disabled={busy !== null}>
            {busy === "report" ? "Preparing…" : "Printable report"}
            <span className="visually-hidden"> (opens in a new window)</span>
          </Button>
        </div>
      </div>
      {exportProblem ? (
        <Alert tone="error" live="alert" title="Export failed">
          <p>{exportProblem}</p>
        </Alert>
      ) : null}

      {error && !stats ? (
        <Alert tone="error" live="alert" title="The figures could not be loaded">
          <p>{serverProblem(error).message}</p>
        </Alert>
      ) : null}
      {loading && !stats ? <p role="status">Loading figures…</p> : null}
      {stats ? <FiguresKind figures={stats.figures} footnotes={stats.footnotes} /> : null}
      {stats ? (
        <Suspense fallback={<p role="status">Loading month by month…</p>}>
          <TrendCharts period={period} />
        </Suspense>
      ) : null}
      {stats && current && previous ? (
        <StatsBody
          current={current}
          previous={previous}
          mark={stats.suppressionMark}
          k={stats.suppressionThreshold}
          national={nationalAsked ? national.data?.nationalStats : undefined}
          nationalFailed={Boolean(national.error && !national.data)}
          nationalSkipped={!nationalAsked}
        />
      ) : null}
    </div>
  );
}

/** What the "All services" column shows, or why there is none. */
function NationalState(props: { national: NationalStatsView | undefined; failed: boolean; skipped: boolean }) {
  const n = props.national;
  if (props.skipped)
    return (
      <p className="hint" data-testid="national-state">
        Figures for all services are given for whole months that have ended.
      </p>
    );
  if (props.failed)
    return (
      <p className="hint" data-testid="national-state">
        Figures for all services could not be loaded.
      </p>
    );
  if (!n) return null;
  if (!n.available)
    return (
      <div data-testid="national-state">
        <Alert tone="info" title="Figures for all services are not shown for this period">
          <p>
            They appear once at least {n.minimumServices} services have referrals and casework in the period, so that no service's own
            figures can be worked out from them ({n.contributingServices} {n.contributingServices === 1 ? "has" : "have"} so far).
          </p>
        </Alert>
      </div>
    );
  return (
    <p className="hint" data-testid="national-state">
      <strong className="ink">All services</strong> sums the referral and casework figures of the {n.contributingServices} services with
      data in this period: always protected figures, each service's protected months added up. No service's own figures are shown.
    </p>
  );
}

type NationalBreakdownField = Exclude<keyof NationalFiguresView, "__typename" | "referralsReceived" | "activityHoursByKind">;

function StatsBody(props: {
  current: PeriodStatsView;
  previous: PeriodStatsView;
  mark: string;
  k: number;
  national: NationalStatsView | undefined;
  nationalFailed: boolean;
  nationalSkipped: boolean;
}) {
  const { current: c, previous: p } = props;
  const all = props.national?.current ?? null;
  const withNational = (field: NationalBreakdownField) => ({ current: c[field], previous: p[field], national: all?.[field] ?? null });
  const tiles: [string, StatCellView, StatCellView][] = [
    ["Referrals received", c.referralsReceived, p.referralsReceived],
    ["Waiting at the end", c.waitingAtPeriodEnd, p.waitingAtPeriodEnd],
    ["Longest waiting list", c.peakWaitingList, p.peakWaitingList],
    ["Past the response maximum", c.responseMaximumBreached, p.responseMaximumBreached],
    ["Safeguarding concerns", c.safeguardingConcerns, p.safeguardingConcerns],
    ["Anonymous enquiries", c.anonymousEnquiries, p.anonymousEnquiries],
    ["Cases reopened", c.casesReopened, p.casesReopened],
    ["Positive outcomes", c.positiveOutcomes, p.positiveOutcomes],
  ];
  const pairs = (b: (s: PeriodStatsView) => StatBreakdownView) => ({ current: b(c), previous: b(p) });
  const measures = (m: (s: PeriodStatsView) => StatMeasureView[]) => ({ current: m(c), previous: m(p) });
  return (
    <>
      <p className="hint suppression-note">
        <span className="suppressed" aria-hidden="true">
          {props.mark}
        </span>{" "}
        means a percentage, median or mean is not given: it would rest on too few families.
      </p>
      <NationalState national={props.national} failed={props.nationalFailed} skipped={props.nationalSkipped} />
      <div className="stat-tiles">
        {tiles.map(([label, now, before]) => (
          <div className="stat-tile" key={label}>
            <span className="stat-label">{label}</span>
            <span className="stat-value">
              <Figure cell={now} />
            </span>
            <span className="muted">
              previous period <Figure cell={before} />
            </span>
            {all && label === "Referrals received" ? (
              <span className="muted" data-testid="national-referrals">
                all services <Figure cell={all.referralsReceived} />
              </span>
            ) : null}
          </div>
        ))}
      </div>

      <h2 className="stats-section">Response times</h2>
      <div className="stats-grid">
        <MeasureTable title="First response" rows={measures((s) => s.responseTimes)} />
        <MeasureTable title="Median days from opening to closure" rows={measures((s) => s.caseDurationByLevel)} />
      </div>

      <h2 className="stats-section">Referrals</h2>
      <div className="stats-grid">
        <BreakdownTable {...withNational("referralsByChannel")} />
        <BreakdownTable {...withNational("referralsBySource")} />
        <BreakdownTable {...withNational("referralsByLevel")} />
        <BreakdownTable {...withNational("referralsByAgeBand")} />
        <BreakdownTable {...withNational("referralsByPrimaryNeed")} />
        <BreakdownTable {...withNational("referralsByStage")} />
        <BreakdownTable {...withNational("referralsByHowHeard")} />
        <BreakdownTable {...withNational("referralsByEthnicity")} />
      </div>

      <h2 className="stats-section">Cases</h2>
      <div className="stats-grid">
        <BreakdownTable {...pairs((s) => s.casesOpenedByLevel)} />
        <BreakdownTable {...pairs((s) => s.casesClosedByLevel)} />
        <BreakdownTable {...pairs((s) => s.casesOpenAtEndByLevel)} />
        <BreakdownTable {...pairs((s) => s.levelChanges)} />
      </div>

      <h2 className="stats-section">Casework</h2>
      <div className="stats-grid">
        <BreakdownTable {...withNational("activitiesByKind")} />
        <MeasureTable
          title="Hours by kind of activity"
          rows={measures((s) => s.activityHoursByKind)}
          national={all?.activityHoursByKind ?? null}
        />
        <BreakdownTable {...pairs((s) => s.meetingsByStatus)} />
        <BreakdownTable {...pairs((s) => s.hearingsSupported)} />
      </div>

      <h2 className="stats-section">Group work and monitoring</h2>
      <div className="stats-grid">
        <BreakdownTable {...pairs((s) => s.sessionsByTopic)} />
        <BreakdownTable {...pairs((s) => s.sessionAttendanceByTopic)} />
        <BreakdownTable {...pairs((s) => s.sessionsByKind)} />
        <MeasureTable title="Session evaluations" rows={measures((s) => s.sessionEvaluationScores)} />
        <BreakdownTable {...pairs((s) => s.poorPracticeByCategory)} />
      </div>

      <h2 className="stats-section">Evaluations and feedback</h2>
      <div className="stats-grid">
        <BreakdownTable {...pairs((s) => s.evaluations)} />
        <MeasureTable
          title="Evaluation scores"
          rows={{ current: [c.evaluationResponseRate, ...c.evaluationScores], previous: [p.evaluationResponseRate, ...p.evaluationScores] }}
        />
        <BreakdownTable {...pairs((s) => s.feedback)} />
      </div>
    </>
  );
}

/** A breakdown as a table; the bars are a picture of the numbers already in the cells. */
function BreakdownTable(props: { current: StatBreakdownView; previous: StatBreakdownView; national?: NationalBreakdownView | null }) {
  const { current, previous, national } = props;
  const before = new Map(previous.cells.map((cell) => [cell.key, cell]));
  const everywhere = new Map(national?.cells.map((cell) => [cell.key, cell]));
  const values = [...current.cells, ...previous.cells].map((cell) => (cell.suppressed ? 0 : (cell.value ?? 0)));
  const max = Math.max(1, ...values);
  const bar = (cell: StatCellView | undefined, tone: "now" | "before") =>
    cell?.suppressed ? (
      <span className="bar" data-tone="suppressed" />
    ) : (
      <span className="bar" data-tone={tone} style={{ width: `${Math.round(((cell?.value ?? 0) / max) * 100)}%` }} />
    );
  const captionId = `stat-${current.key}`;
  return (
    <section className="card stat-card" aria-labelledby={captionId} data-testid="breakdown">
      <h3 id={captionId}>{current.title}</h3>
      <table className="data stat-table">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className="num">
              This period
            </th>
            <th scope="col" className="num">
              Previous
            </th>
            {national ? (
              <th scope="col" className="num">
                All services
              </th>
            ) : null}
            <th scope="col" className="chart-col">
              <span className="visually-hidden">Chart</span>
              <span aria-hidden="true" className="legend">
                <span className="swatch" data-tone="now" />
                this <span className="swatch" data-tone="before" />
                previous
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {current.cells.map((cell) => {
            const prev = before.get(cell.key);
            return (
              <tr key={cell.key}>
                <th scope="row" className="row-head">
                  {cell.label}
                </th>
                <td className="num">
                  <Figure cell={cell} />
                </td>
                <td className="num muted">{prev ? <Figure cell={prev} /> : "–"}</td>
                {national ? <NationalCell figure={everywhere.get(cell.key)} /> : null}
                <td className="chart-col" aria-hidden="true">
                  <span className="bars">
                    {bar(cell, "now")}
                    {bar(prev, "before")}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="row-head">
              Total
            </th>
            <td className="num">
              <strong>
                <Figure cell={current.total} />
              </strong>
            </td>
            <td className="num muted">
              <Figure cell={previous.total} />
            </td>
            {national ? <NationalCell figure={national.total} /> : null}
            <td className="chart-col" aria-hidden="true" />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

function NationalCell(props: { figure: NationalFigure | undefined }) {
  return (
    <td className="num" data-testid="national-cell">
      {props.figure ? <Figure cell={props.figure} /> : "–"}
    </td>
  );
}

function MeasureTable(props: {
  title: string;
  rows: { current: StatMeasureView[]; previous: StatMeasureView[] };
  national?: NationalFigure[] | null;
}) {
  const before = new Map(props.rows.previous.map((m) => [m.key, m]));
  const everywhere = props.national ? new Map(props.national.map((m) => [m.key, m])) : null;
  const id = `measure-${props.title.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <section className="card stat-card" aria-labelledby={id}>
      <h3 id={id}>{props.title}</h3>
      <table className="data stat-table">
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" className="num">
              This period
            </th>
            <th scope="col" className="num">
              Previous
            </th>
            {everywhere ? (
              <th scope="col" className="num">
                All services
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {props.rows.current.map((m) => {
            const prev = before.get(m.key);
            return (
              <tr key={m.key}>
                <th scope="row" className="row-head">
                  {m.label}
                </th>
                <td className="num">
                  <Figure cell={m} />
                </td>
                <td className="num muted">{prev ? <Figure cell={prev} /> : "–"}</td>
                {everywhere ? <NationalCell figure={everywhere.get(m.key)} /> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
