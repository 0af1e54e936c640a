import { useQuery } from "@apollo/client/react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { serverProblem } from "../../lib/errors";
import { Alert } from "../../ui/alert";
import { ServiceStatsTrendDocument } from "./stats-fields";

type Period = { from: string; to: string };

const monthLabel = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const shortMonth = (localDate: string) => monthLabel.format(new Date(`${localDate}T00:00:00Z`));

interface Point {
  month: string;
  value: number | null;
  display: string;
}

/**
 * One chart (recharts, decision 044) and its table: the chart is a picture for sighted readers
 * (hidden from screen readers, which read the table), the table the same figures as text.
 */
function TrendChart(props: { id: string; title: string; unit: string; points: Point[]; max?: number }) {
  return (
    <section className="card stat-card trend-card" aria-labelledby={`${props.id}-title`} data-testid={props.id}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      <div className="trend-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={200}>
          <BarChart accessibilityLayer={false} data={props.points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid vertical={false} stroke="#d8dde0" />
            <XAxis dataKey="month" tickFormatter={(m: string) => m.split(" ")[0]!} interval="preserveStartEnd" fontSize={12} />
            <YAxis allowDecimals={false} domain={[0, props.max ?? "auto"]} fontSize={12} />
            <Tooltip formatter={(_v, _n, item) => [(item.payload as Point).display, props.unit]} />
            <Bar dataKey="value" fill="#1d70b8" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      {props.points.some((p) => p.value === null) ? (
        <p className="hint">A month without a bar has no figure: none to give, or too few families to give it (see the table).</p>
      ) : null}
      <details className="disclosure inline">
        <summary>Show as a table</summary>
        <table className="stat-table">
          <caption className="visually-hidden">{props.title}, by month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">{props.unit}</th>
            </tr>
          </thead>
          <tbody>
            {props.points.map((p) => (
              <tr key={p.month}>
                <th scope="row">{p.month}</th>
                <td>{p.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

/** Referrals and first responses within the target, month by month, to the end of the chosen period. */
export function TrendCharts(props: { period: Period }) {
  const { data, error, loading } = useQuery(ServiceStatsTrendDocument, { variables: props.period });
  const months = data?.serviceStatsTrend.months;
  if (error && !months)
    return (
      <Alert tone="error" title="The month-by-month charts could not be loaded">
        <p>{serverProblem(error).message}</p>
      </Alert>
    );
  if (loading && !months) return <p role="status">Loading month by month…</p>;
  if (!months || months.length < 2) return null;
  const referrals = months.map((m) => ({
    month: shortMonth(m.from),
    value: m.referralsReceived.value ?? null,
    display: m.referralsReceived.display,
  }));
  const responses = months.map((m) => {
    const within = m.responseTimes.find((r) => r.key === "WITHIN_TARGET")!;
    return { month: shortMonth(m.from), value: within.value ?? null, display: within.display };
  });
  return (
    <section className="stats-section" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Month by month</h2>
      <div className="stats-grid">
        <TrendChart id="trend-referrals" title="Referrals received" unit="Referrals" points={referrals} />
        <TrendChart id="trend-response" title="First response within the target" unit="Per cent" points={responses} max={100} />
      </div>
    </section>
  );
}
