import { useQuery, useMutation } from "@apollo/client/react";
import { useId, useRef, useState, type DragEvent, type FormEvent } from "react";
import { graphql } from "../../gql";
import { documentAttachmentLabels } from "../../gql/labels";
import { announce } from "../../lib/announce";
import { serverProblem } from "../../lib/errors";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { dateTime } from "../../ui/format";
import { previewFile, saveFile, uploadFile, type FolderTarget } from "./document-transfer";

const FolderDocumentsDocument = graphql(`
  query FolderDocuments($caseId: ID, $referralId: ID, $personId: ID, $withVoided: Boolean) {
    documents(caseId: $caseId, referralId: $referralId, personId: $personId, withVoided: $withVoided) {
      id
      seriesId
      version
      name
      contentType
      sizeBytes
      uploadedAt
      uploadedBy
      attachedTo
      previewable
      voidedAt
      voidedBy
      voidReason
      letterKind
      letterFormat
      earlierVersions {
        id
        version
        name
        sizeBytes
        uploadedAt
        uploadedBy
      }
    }
  }
`);

const VoidDocumentDocument = graphql(`
  mutation VoidDocument($id: ID!, $input: VoidDocumentInput!) {
    voidDocument(id: $id, input: $input) {
      id
      voidedAt
      voidReason
    }
  }
`);

const ACCEPT = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.odt,.txt";

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The documents of a case, referral or family record (decision 038): file by the button or by
 * dropping files, preview what a browser can show, download, replace with a new version, void with
 * a reason. `writable` is whether the viewer may change the record.
 */
export function DocumentsPanel(props: { target: FolderTarget; writable: boolean; title?: string }) {
  const [withVoided, setWithVoided] = useState(false);
  const { data, error, loading, refetch } = useQuery(FolderDocumentsDocument, {
    variables: { ...props.target, withVoided },
    fetchPolicy: "cache-and-network",
  });
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const headingId = useId();

  const file = async (files: FileList | File[] | null, where: FolderTarget | { replaces: string } = props.target) => {
    const list = files ? [...files] : [];
    if (!list.length) return;
    setProblem(null);
    for (const f of list) {
      setBusy(`Uploading ${f.name}…`);
      try {
        await uploadFile(f, where);
        announce(`${f.name} filed.`);
      } catch (e) {
        const p = serverProblem(e);
        setProblem(`${f.name}: ${p.message}`);
        announce(`${f.name} was not filed: ${p.message}`);
        break;
      }
    }
    setBusy(null);
    await refetch();
  };

  const act = async (what: () => Promise<void>) => {
    setProblem(null);
    try {
      await what();
    } catch (e) {
      setProblem(serverProblem(e).message);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (props.writable) void file(event.dataTransfer.files);
  };
  const docs = data?.documents ?? [];

  return (
    <section className="card stack-tight documents-panel" aria-labelledby={headingId} data-testid="documents-panel">
      <h2 id={headingId}>{props.title ?? "Documents"}</h2>
      {problem ? (
        <Alert tone="error" live="alert" title="Not done">
          <p data-testid="document-problem">{problem}</p>
        </Alert>
      ) : null}
      {props.writable ? (
        <div
          className="drop-zone"
          data-dragging={dragging || undefined}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <input
            id={inputId}
            className="visually-hidden-file"
            type="file"
            multiple
            accept={ACCEPT}
            data-testid="document-file"
            onChange={(e) => {
              const files = e.currentTarget.files ? [...e.currentTarget.files] : [];
              e.currentTarget.value = "";
              void file(files);
            }}
          />
          {/* The input stays focusable (hidden only from sight): Enter or Space on it opens the file picker. */}
          <label htmlFor={inputId} className="button" data-variant="secondary">
            Choose files to file
          </label>
          <p className="cell-sub">or drop them here. PDF, images, Word or ODF documents, plain text.</p>
          {busy ? <p role="status">{busy}</p> : null}
        </div>
      ) : null}
      {error && !data ? <p role="alert">The documents could not be loaded.</p> : null}
      {loading && !data ? <p role="status">Loading documents…</p> : null}
      {data && docs.length === 0 ? <p>No documents{withVoided ? "" : " (voided ones are hidden)"}.</p> : null}
      <ul className="plain-list document-list">
        {docs.map((d) => (
          <li key={d.seriesId} className="document-item" data-testid="document-item" data-voided={d.voidedAt ? "" : undefined}>
            <div className="document-name">
              <strong>{d.name}</strong>
              {d.version > 1 ? <span className="tag">{`Version ${d.version}`}</span> : null}
              {d.letterFormat && d.letterFormat !== "STANDARD" ? (
                <span className="tag">{d.letterFormat === "LARGE_PRINT" ? "Large print" : "Easy read"}</span>
              ) : null}
              {d.voidedAt ? (
                <span className="tag" data-tone="warn">
                  Voided
                </span>
              ) : null}
            </div>
            <span className="cell-sub">
              {formatSize(d.sizeBytes)} · {documentAttachmentLabels[d.attachedTo]} · {d.uploadedBy},{" "}
              {dateTime.format(new Date(d.uploadedAt))}
            </span>
            {d.voidedAt ? (
              <span className="cell-sub">
                Voided by {d.voidedBy ?? "someone"}, {dateTime.format(new Date(d.voidedAt))}: {d.voidReason}
              </span>
            ) : null}
            <div className="button-row">
              {d.previewable ? (
                <Button variant="quiet" onClick={() => void act(() => previewFile(d.id))} aria-label={`Preview ${d.name}`}>
                  Preview
                </Button>
              ) : null}
              <Button variant="quiet" onClick={() => void act(() => saveFile(d.id, d.name))} aria-label={`Download ${d.name}`}>
                Download
              </Button>
              {props.writable && !d.voidedAt ? (
                <>
                  <ReplaceButton name={d.name} onChosen={(files) => void file(files, { replaces: d.id })} />
                  <VoidForm id={d.id} name={d.name} onVoided={() => void refetch()} />
                </>
              ) : null}
            </div>
            {d.earlierVersions.length ? (
              <details className="disclosure inline">
                <summary>{`Earlier versions (${d.earlierVersions.length})`}</summary>
                <ul className="plain-list">
                  {d.earlierVersions.map((v) => (
                    <li key={v.id}>
                      {`Version ${v.version}: ${v.name}, ${formatSize(v.sizeBytes)} · ${v.uploadedBy}, ${dateTime.format(new Date(v.uploadedAt))} `}
                      <Button
                        variant="quiet"
                        onClick={() => void act(() => saveFile(v.id, v.name))}
                        aria-label={`Download version ${v.version} of ${d.name}`}
                      >
                        Download
                      </Button>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      <label className="checkbox-line">
        <input type="checkbox" checked={withVoided} onChange={(e) => setWithVoided(e.currentTarget.checked)} /> Show voided documents
      </label>
    </section>
  );
}

function ReplaceButton(props: { name: string; onChosen: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button variant="quiet" onClick={() => input.current?.click()} aria-label={`Replace ${props.name} with a new version`}>
        Replace
      </Button>
      <input
        ref={input}
        className="visually-hidden-file"
        type="file"
        accept={ACCEPT}
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const files = e.currentTarget.files ? [...e.currentTarget.files].slice(0, 1) : [];
          e.currentTarget.value = "";
          props.onChosen(files);
        }}
      />
    </>
  );
}

function VoidForm(props: { id: string; name: string; onVoided: () => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [voidDocument, { loading }] = useMutation(VoidDocumentDocument);
  const reasonId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setProblem("Say why the document is voided.");
      return;
    }
    try {
      await voidDocument({ variables: { id: props.id, input: { reason: reason.trim() } } });
      announce(`${props.name} voided.`);
      setOpen(false);
      props.onVoided();
    } catch (e) {
      setProblem(serverProblem(e).message);
    }
  };
  if (!open)
    return (
      <Button variant="quiet" onClick={() => setOpen(true)} aria-label={`Void ${props.name}`}>
        Void
      </Button>
    );
  return (
    <form onSubmit={submit} noValidate className="stack-tight void-form">
      <label htmlFor={reasonId}>{`Why is ${props.name} voided?`}</label>
      <input
        id={reasonId}
        className="input"
        value={reason}
        autoFocus
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${reasonId}-error` : undefined}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      {problem ? (
        <p id={`${reasonId}-error`} className="error-message">
          {problem}
        </p>
      ) : null}
      <div className="button-row">
        <Button type="submit" disabled={loading}>
          Void it
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          Keep it
        </Button>
      </div>
    </form>
  );
}
