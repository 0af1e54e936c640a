import type { MinimumDataItem } from "./minimum-data";

/** The minimum data set, each item marked given or missing; missing items link to their question. */
export function MinimumDataList(props: { items: MinimumDataItem[] }) {
  const missing = props.items.filter((i) => !i.given);
  return (
    <section className="card stack-tight" aria-labelledby="minimum-data-heading" data-testid="minimum-data">
      <h2 id="minimum-data-heading">Minimum data set</h2>
      <p className="muted" role="status">
        {missing.length === 0 ? "Everything is given." : `${missing.length} of ${props.items.length} still missing.`}
      </p>
      <ul className="plain-list">
        {props.items.map((item) => (
          <li key={item.key} className="summary-row" data-given={item.given ? "true" : "false"}>
            <span className="tag" data-tone={item.given ? "ok" : item.required ? "danger" : "warn"}>
              {item.given ? "Given" : item.required ? "Missing, needed" : "Missing"}
            </span>{" "}
            {item.given ? item.label : <a href={`#${item.field}`}>{item.label}</a>}
          </li>
        ))}
      </ul>
    </section>
  );
}
