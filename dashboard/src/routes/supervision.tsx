export function SupervisionRoute() {
  return <p>SupervisionRoute</p>;
}
