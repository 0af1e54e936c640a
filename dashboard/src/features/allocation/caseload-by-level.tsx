import { getFragmentData, graphql, type FragmentType } from "../../gql";

export const CaseloadByLevelFragment = graphql(`
  fragment CaseloadByLevel on TeamMember {
    caseload {
      level
      openCases
    }
  }
`);

export function CaseloadByLevel(props: { member: FragmentType<typeof CaseloadByLevelFragment> }) {
  const { caseload } = getFragmentData(CaseloadByLevelFragment, props.member);
  return (
    <span className="caseload">
      {caseload.map((c) => (
        <span key={c.level}>
          <abbr title={`Level ${c.level}`}>L{c.level}</abbr> {c.openCases}
        </span>
      ))}
    </span>
  );
}
