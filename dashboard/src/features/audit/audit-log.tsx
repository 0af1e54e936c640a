import { useApolloClient, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { AuditFilterInput } from "../../gql/graphql";
import { serverProblem } from "../../lib/errors";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";

const AuditEntriesDocument = graphql(`
  query AuditLog($filter: AuditFilterInput, $first: Int, $after: String) {
    auditEntries(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          at
          actorId
          actorName
          action
          entityType
          entityId
          fields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const AuditPeopleDocument = graphql(`
  query AuditPeople {
    staffAccounts {
      accounts {
        id
        displayName
      }
    }
  }
`);
const AuditCsvDocument = graphql(`
  query AuditLogCsv($filter: AuditFilterInput) {
    auditEntriesCsv(filter: $filter)
  }
`);

const PAGE = 50;
const ids = {
  actorId: "audit-actor",
  entityType: "audit-record-type",
  entityId: "audit-record-id",
  action: "audit-action",
  from: "audit-from",
  to: "audit-to",
} as const;
type Draft = Record<keyof typeof ids, string>;
const empty: Draft = { actorId: "", entityType: "", entityId: "", action: "", from: "", to: "" };
const toFilter = (d: Draft): AuditFilterInput => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v.trim() || null]));

/** Who read or changed which record (ids and field names, never values), filtered, paged and exported. */
export function AuditLog() {
  const client = useApolloClient();
  const [draft, setDraft] = useState<Draft>(empty);
  const [filter, setFilter] = useState<AuditFilterInput>({});
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const form = useFormProblems({ fields: { ...ids } });
  const people = useQuery(AuditPeopleDocument);
  const { data, error, loading, fetchMore } = useQuery(AuditEntriesDocument, { variables: { filter, first: PAGE } });
  const set = (k: keyof Draft) => (v: string) => setDraft((old) => ({ ...old, [k]: v }));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (draft.from && draft.to && draft.to < draft.from) found.push({ field: ids.to, message: "The last day is on or after the first" });
    if (!form.check(found)) return;
    setFilter(toFilter(draft));
  };

  const download = async () => {
    setExportProblem(null);
    try {
      const result = await client.query({ query: AuditCsvDocument, variables: { filter }, fetchPolicy: "network-only" });
      const url = URL.createObjectURL(new Blob([result.data?.auditEntriesCsv ?? ""], { type: "text/csv;charset=utf-8" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = "audit-log.csv";
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setExportProblem(serverProblem(e).message);
    }
  };

  const entries = data?.auditEntries.edges ?? [];
  const input = (k: keyof Draft, label: string, type = "text", hint?: string) => (
    <Field id={ids[k]} label={label} hint={hint} error={form.errorFor(ids[k])}>
      {(c) => <input {...c} type={type} className="input" value={draft[k]} onChange={(e) => set(k)(e.currentTarget.value)} />}
    </Field>
  );
  return (
    <div className="stack">
      <form onSubmit={apply} noValidate className="stack-tight card" aria-label="Filter the audit log">
        <ErrorSummary {...form.summary} />
        <Field id={ids.actorId} label="Person" error={form.errorFor(ids.actorId)}>
          {(c) => (
            <select {...c} className="select" value={draft.actorId} onChange={(e) => set("actorId")(e.currentTarget.value)}>
              <option value="">Anyone</option>
              {(people.data?.staffAccounts.accounts ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field-pair">
          {input("entityType", "Kind of record", "text", "For example referral, case or staff.")}
          {input("entityId", "Record id")}
        </div>
        {input("action", "Action", "text", "For example case.read or staff.add.")}
        <div className="field-pair">
          {input("from", "From", "date")}
          {input("to", "To", "date")}
        </div>
        <div className="button-row">
          <Button type="submit">Show entries</Button>
          <Button variant="secondary" onClick={() => void download()}>
            Export as CSV
          </Button>
        </div>
        {exportProblem ? (
          <Alert tone="error" live="alert" title="Export failed">
            <p>{exportProblem}</p>
          </Alert>
        ) : null}
      </form>
      {error ? (
        <Alert tone="error" live="alert" title="We could not load the audit log">
          <p>{serverProblem(error).message}</p>
        </Alert>
      ) : null}
      <section aria-labelledby="audit-heading" className="stack-tight">
        <h2 id="audit-heading">Entries</h2>
        {!data ? (
          <p role="status">{loading ? "Loading entries…" : "No entries."}</p>
        ) : entries.length === 0 ? (
          <p role="status">No entries match these filters.</p>
        ) : (
          <ol className="stack-tight" data-testid="audit-entries" style={{ listStyle: "none", padding: 0 }}>
            {entries.map(({ node: e }) => (
              <li key={e.id} className="card" style={{ overflowWrap: "anywhere" }}>
                <p>
                  <strong data-testid="audit-action">{e.action}</strong> · {e.actorName ?? "System or public form"} ·{" "}
                  <time dateTime={String(e.at)}>{new Date(String(e.at)).toLocaleString("en-GB")}</time>
                </p>
                <p className="hint">
                  {e.entityType}
                  {e.entityId ? ` ${e.entityId}` : ""}
                  {e.fields.length ? ` · fields: ${e.fields.join(", ")}` : ""}
                </p>
              </li>
            ))}
          </ol>
        )}
        {data?.auditEntries.pageInfo.hasNextPage ? (
          <Button
            variant="secondary"
            disabled={loading}
            onClick={() =>
              void fetchMore({
                variables: { after: data.auditEntries.pageInfo.endCursor },
                updateQuery: (prev, { fetchMoreResult }) => ({
                  auditEntries: {
                    ...fetchMoreResult.auditEntries,
                    edges: [...prev.auditEntries.edges, ...fetchMoreResult.auditEntries.edges],
                  },
                }),
              })
            }
          >
            Show older entries
          </Button>
        ) : null}
      </section>
    </div>
  );
}
