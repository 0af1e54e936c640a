export function TeamMemberRoute(props: { staffId: string }) {
  return <p>TeamMemberRoute</p>;
}
