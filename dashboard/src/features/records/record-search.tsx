import { useQuery } from "@apollo/client/react";
import { useEffect, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { RecordSearchInput } from "../../gql/graphql";
import { referralStatusLabels } from "../../gql/labels";
import { Link } from "../../lib/router";
import { RaiseSafeguardingForm } from "../safeguarding/raise-safeguarding-form";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { formatDay } from "../../ui/format";

const SearchRecordsDocument = graphql(`
  query SearchRecordsScreen($input: RecordSearchInput!, $first: Int, $after: String) {
    searchRecords(input: $input, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          referralId
          reference
          status
          receivedAt
          access
          personId
          contactName
          childName
          heldBy
          childDateOfBirth
          postcode
          phone
          email
        }
      }
    }
  }
`);

const fieldIds: Record<string, string> = {
  name: "search-name",
  dateOfBirth: "search-dob",
  postcode: "search-postcode",
  reference: "search-reference",
  phone: "search-phone",
  email: "search-email",
};

type Criteria = { name: string; dateOfBirth: string; postcode: string; reference: string; phone: string; email: string };
const blank: Criteria = { name: "", dateOfBirth: "", postcode: "", reference: "", phone: "", email: "" };

/** The minimum a name search needs: the server's MIN_NAME_LENGTH (server/src/records/records.rules.ts). */
const MIN_NAME_LENGTH = 3;

const PAGE = 20;

/**
 * Find a family by any of six things; every hit says how much the searcher may see. `openPath`
 * gives where a referral the searcher may read opens (managers: its triage page). On a family the
 * officer does not hold they can still raise a safeguarding concern (safeguarding overrides
 * confidentiality), without seeing more of the record.
 */
export function RecordSearch(props: { openPath: (referralId: string) => string }) {
  const [values, setValues] = useState<Criteria>(blank);
  const [asked, setAsked] = useState<RecordSearchInput | null>(null);
  const form = useFormProblems({ fields: fieldIds });
  const { data, loading, error, fetchMore } = useQuery(SearchRecordsDocument, {
    variables: { input: asked ?? {}, first: PAGE },
    skip: !asked,
    fetchPolicy: "network-only",
  });
  const set = (key: keyof Criteria) => ({
    value: values[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [key]: value }));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    const given = Object.values(values).some((v) => v.trim());
    if (!given) found.push({ field: "search-name", message: "Enter a name, date of birth, postcode, reference, phone or email" });
    if (values.name.trim() && values.name.trim().length < MIN_NAME_LENGTH)
      found.push({ field: "search-name", message: `Enter at least ${MIN_NAME_LENGTH} letters of the name` });
    if (!form.check(found)) return;
    const input: RecordSearchInput = {};
    for (const [k, v] of Object.entries(values) as [keyof Criteria, string][]) if (v.trim()) input[k] = v.trim();
    setAsked(input);
  };

  // A refusal from the server (a malformed postcode, say) is shown at its field.
  const { fromServer } = form;
  useEffect(() => {
    if (error) fromServer(error);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per error; the hook's functions change every render
  }, [error]);

  const result = data?.searchRecords;
  return (
    <div className="stack">
      <form onSubmit={submit} noValidate className="card stack-tight" aria-labelledby="search-heading" role="search">
        <h2 id="search-heading">Search</h2>
        <p className="muted">Every criterion you give must match. Names are matched even when misspelt. Every search is logged.</p>
        <ErrorSummary {...form.summary} />
        <Field
          id="search-name"
          label="Name"
          hint="Parent, carer, young person or child. A surname on its own finds every family with it; small typos are fine."
          error={form.errorFor("search-name")}
        >
          {(c) => <input {...c} className="input" autoComplete="off" {...set("name")} />}
        </Field>
        <div className="field-pair">
          <Field id="search-dob" label="Date of birth" error={form.errorFor("search-dob")}>
            {(c) => <input {...c} className="input" type="date" {...set("dateOfBirth")} />}
          </Field>
          <Field id="search-postcode" label="Postcode" hint="Or its first half" error={form.errorFor("search-postcode")}>
            {(c) => <input {...c} className="input" data-width="short" {...set("postcode")} />}
          </Field>
        </div>
        <div className="field-pair">
          <Field id="search-reference" label="Reference" error={form.errorFor("search-reference")}>
            {(c) => <input {...c} className="input" data-width="short" {...set("reference")} />}
          </Field>
          <Field id="search-phone" label="Phone" error={form.errorFor("search-phone")}>
            {(c) => <input {...c} className="input" type="tel" {...set("phone")} />}
          </Field>
        </div>
        <Field id="search-email" label="Email" error={form.errorFor("search-email")}>
          {(c) => <input {...c} className="input" type="email" {...set("email")} />}
        </Field>
        <div className="button-row">
          <Button type="submit">Search</Button>
          <Button
            variant="secondary"
            onClick={() => {
              setValues(blank);
              setAsked(null);
              form.reset();
            }}
          >
            Clear
          </Button>
        </div>
      </form>

      <section aria-labelledby="results-heading" className="stack-tight">
        <h2 id="results-heading">Results</h2>
        <p role="status" data-testid="search-count">
          {!asked ? "Search to see families." : loading && !result ? "Searching…" : result ? `${result.totalCount} found` : ""}
        </p>
        {result && result.edges.length ? (
          <ul className="record-list" data-testid="search-results">
            {result.edges.map(({ node: h }) => (
              <li key={h.referralId} className="card stack-tight" data-testid="search-hit" data-access={h.access}>
                <p className="row-head">
                  <strong>{h.contactName ?? "Name removed"}</strong>
                  {h.childName ? <span> · {h.childName}</span> : null}{" "}
                  <span className="tag" data-tone={h.access === "FULL" ? "ok" : "neutral"}>
                    {h.access === "FULL" ? "Full record" : "Held by someone else"}
                  </span>
                </p>
                <p className="muted">
                  {h.reference} · {referralStatusLabels[h.status]} · received {formatDay(h.receivedAt.slice(0, 10))}
                  {h.heldBy ? ` · held by ${h.heldBy}` : ""}
                </p>
                {h.access === "FULL" ? (
                  <>
                    <p>
                      {[h.childDateOfBirth ? `Born ${formatDay(h.childDateOfBirth)}` : null, h.postcode, h.phone, h.email]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                    <p>
                      <Link to={props.openPath(h.referralId)}>Open {h.reference}</Link>
                      {h.personId ? (
                        <>
                          {" · "}
                          <Link to={`/search/people/${h.personId}`}>Family record</Link>
                        </>
                      ) : null}
                    </p>
                  </>
                ) : (
                  <>
                    <p className="muted">Ask {h.heldBy ?? "a manager"} before acting: you do not hold this family.</p>
                    {/* Only officers get limited hits, and any officer may raise a concern (safeguarding first). */}
                    <details>
                      <summary>Raise a safeguarding concern about this family</summary>
                      <RaiseSafeguardingForm referralId={h.referralId} />
                    </details>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : null}
        {result?.pageInfo.hasNextPage ? (
          <Button
            variant="secondary"
            onClick={() =>
              void fetchMore({
                variables: { after: result.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  searchRecords: {
                    ...fetchMoreResult.searchRecords,
                    edges: [...(previous.searchRecords?.edges ?? []), ...fetchMoreResult.searchRecords.edges],
                  },
                }),
              })
            }
          >
            Show more
          </Button>
        ) : null}
        {form.failure ? (
          <Alert tone="error" live="alert" title="The search failed">
            <p>{form.failure.message}</p>
          </Alert>
        ) : null}
      </section>
    </div>
  );
}
