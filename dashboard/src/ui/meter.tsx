/**
 * A horizontal bar for a share of a whole (caseload against capacity). The bar is decoration:
 * the figure is always in the text beside it.
 */
export function Meter(props: { value: number; max: number; label: string }) {
  const share = props.max > 0 ? Math.min(1, props.value / props.max) : props.value > 0 ? 1 : 0;
  const tone = share >= 1 ? "danger" : share >= 0.8 ? "warn" : "ok";
  return (
    <span className="meter">
      <span className="meter-track" aria-hidden="true">
        <span className="meter-fill" data-tone={tone} style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      <span className="meter-label">{props.label}</span>
    </span>
  );
}
