import { scaleBand, scaleLinear } from "d3-scale";
import { escapeHtml } from "./html.js";

/**
 * A month-by-month bar chart as inline SVG for the printable report (decision 044): d3-scale gives
 * the band positions and round ticks; the report prints the same figures in a table beside it, the
 * accessible alternative. A month with no figure (a withheld share, "[c]") has no bar and its mark.
 */
export interface TrendPoint {
  /** Short month label, e.g. "Nov 2026". */
  label: string;
  value: number | null;
  /** What the table shows for it ("9", "77.8%", "[c]", "–"). */
  display: string;
}

export function barChartSvg(opts: { id: string; title: string; points: TrendPoint[]; max?: number }): string {
  const e = escapeHtml;
  const width = 640;
  const height = 220;
  const margin = { top: 12, right: 8, bottom: 44, left: 44 };
  const values = opts.points.map((p) => p.value ?? 0);
  const y = scaleLinear()
    .domain([0, opts.max ?? Math.max(1, ...values)])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const x = scaleBand<number>()
    .domain(opts.points.map((_, i) => i))
    .range([margin.left, width - margin.right])
    .padding(0.2);
  const ticks = y.ticks(4);
  const grid = ticks
    .map(
      (t) =>
        `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(t)}" y2="${y(t)}" stroke="#b1b4b6" stroke-width="1"/>` +
        `<text x="${margin.left - 6}" y="${y(t) + 4}" text-anchor="end" font-size="11">${t}</text>`,
    )
    .join("");
  const bars = opts.points
    .map((p, i) => {
      const left = x(i)!;
      const centre = left + x.bandwidth() / 2;
      const label = `<text x="${centre}" y="${height - margin.bottom + 16}" text-anchor="middle" font-size="10">${e(p.label.split(" ")[0]!)}</text>`;
      if (p.value === null)
        return `${label}<text x="${centre}" y="${height - margin.bottom - 4}" text-anchor="middle" font-size="10">${e(p.display)}</text>`;
      if (p.value === 0) return label;
      const top = y(p.value);
      return (
        `<rect x="${left}" y="${top}" width="${x.bandwidth()}" height="${Math.max(0, height - margin.bottom - top)}" fill="#1d70b8"/>` +
        label
      );
    })
    .join("");
  const first = opts.points[0]?.label ?? "";
  const last = opts.points.at(-1)?.label ?? "";
  return `<svg role="img" aria-labelledby="${opts.id}-t ${opts.id}-d" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">
<title id="${opts.id}-t">${e(opts.title)}</title>
<desc id="${opts.id}-d">${e(`Bar chart by month, ${first} to ${last}; the table below gives each month's figure.`)}</desc>
${grid}${bars}
<text x="${margin.left}" y="${height - 6}" font-size="11">${e(`${first} to ${last}`)}</text>
</svg>`;
}
