export function ComplaintsRoute() {
  return <p>ComplaintsRoute</p>;
}
