import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { announce } from "../../lib/announce";
import { useFormProblems } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { ChoiceGroup, Field } from "../../ui/field";
import { openPdf } from "./open-pdf";

const LetterTemplatesEditorDocument = graphql(`
  query LetterTemplatesEditor {
    letterTemplates {
      kind
      title
      easyRead
      body
      customised
      updatedAt
      updatedBy
    }
    letterPlaceholders {
      name
      description
    }
  }
`);

const SaveLetterTemplateDocument = graphql(`
  mutation SaveLetterTemplateWording($input: SaveLetterTemplateInput!) {
    saveLetterTemplate(input: $input) {
      kind
      easyRead
      customised
    }
  }
`);

const ResetLetterTemplateDocument = graphql(`
  mutation ResetLetterTemplateWording($input: ResetLetterTemplateInput!) {
    resetLetterTemplate(input: $input) {
      kind
      easyRead
      body
      customised
    }
  }
`);

const LetterPreviewDocument = graphql(`
  query LetterPreviewWording($input: PreviewLetterInput!) {
    letterPreview(input: $input) {
      text
      format
      pdf
    }
  }
`);

const WORDINGS = [
  { value: "standard", label: "Standard", hint: "Also printed in large print for families who need it." },
  { value: "easyRead", label: "Easy read", hint: "Short sentences, one idea each; 14 point, or 18 for large print." },
] as const;
type Wording = (typeof WORDINGS)[number]["value"];

const FORMAT_WORDS: Record<string, string> = {
  STANDARD: "standard print",
  LARGE_PRINT: "large print",
  EASY_READ: "easy read",
  EASY_READ_LARGE_PRINT: "easy read, large print",
};

const fields = { kind: "letter-kind", easyRead: "letter-wording", body: "letter-body", largePrint: "letter-large-print" };

/**
 * A manager words the service's letters (decision 039): one kind and wording at a time, placeholders
 * inserted at the cursor from the list beside the text, a preview with sample values (as text, and as
 * the PDF a family would get, in large print if asked) and save. The server refuses an unknown or
 * unclosed placeholder, shown at the text.
 */
export function LetterTemplateEditor() {
  const { data, error } = useQuery(LetterTemplatesEditorDocument);
  const [save, { loading: saving }] = useMutation(SaveLetterTemplateDocument, {
    refetchQueries: ["LetterTemplatesEditor"],
    awaitRefetchQueries: true,
  });
  const [reset, { loading: resetting }] = useMutation(ResetLetterTemplateDocument, {
    refetchQueries: ["LetterTemplatesEditor"],
    awaitRefetchQueries: true,
  });
  const client = useApolloClient();
  const form = useFormProblems({ fields });
  const [kind, setKind] = useState<string | null>(null);
  const [wording, setWording] = useState<Wording>("standard");
  const [body, setBody] = useState("");
  const [largePrint, setLargePrint] = useState(false);
  /** What the last action did, shown until the wording or the choice changes. */
  const [done, setDone] = useState<"saved" | "reset" | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [preview, setPreview] = useState<{ text: string; format: string; pdf: string } | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const placeholdersId = useId();

  const templates = data?.letterTemplates ?? [];
  const chosenKind = kind ?? templates[0]?.kind ?? null;
  const easyRead = wording === "easyRead";
  const template = templates.find((t) => t.kind === chosenKind && t.easyRead === easyRead);
  const kinds = templates.filter((t) => !t.easyRead);

  // The wording shown is the chosen template's, loaded again whenever the choice changes.
  const loadedKey = template ? `${template.kind}:${String(template.easyRead)}` : null;
  const templateBody = template?.body;
  useEffect(() => {
    if (templateBody === undefined) return;
    setBody(templateBody);
    setPreview(null);
    setDone(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload on a new choice only, not after a save's refetch
  }, [loadedKey]);

  if (error)
    return (
      <Alert tone="error" live="alert" title="We could not load the letter templates">
        <p>{error.message}</p>
      </Alert>
    );
  if (!data || !template) return <p role="status">Loading the letter templates…</p>;

  /** Another letter or wording; unsaved changes are only dropped when the manager says so. */
  const choose = (next: { kind?: string; wording?: Wording }) => {
    if (body !== template.body && !window.confirm("You have changed this letter without saving. Leave it and lose the changes?")) return;
    form.reset();
    if (next.kind) setKind(next.kind);
    if (next.wording) setWording(next.wording);
  };

  /** Puts `{{name}}` where the cursor was (replacing a selection) and returns the cursor to just after it. */
  const insert = (name: string) => {
    const text = `{{${name}}}`;
    const area = textRef.current;
    const start = area?.selectionStart ?? body.length;
    const end = area?.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + text + body.slice(end));
    setDone(null);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + text.length, start + text.length);
    });
    announce(`${text} inserted.`);
  };

  const input = { kind: template.kind, easyRead, body };
  const check = () => form.check(body.trim() ? [] : [{ field: fields.body, message: "Write the letter." }]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!check()) return;
    try {
      await save({ variables: { input } });
      setDone("saved");
      announce(`${template.title} (${easyRead ? "easy read" : "standard"}) saved.`);
    } catch (e) {
      form.fromServer(e);
    }
  };

  /** The service's own wording is dropped for the default, after the manager confirms. */
  const restoreDefault = async () => {
    if (
      !window.confirm(
        `Put ${template.title} (${easyRead ? "easy read" : "standard"}) back to the default wording? The service's own wording is lost.`,
      )
    )
      return;
    setDone(null);
    try {
      const result = await reset({ variables: { input: { kind: template.kind, easyRead } } });
      const got = result.data?.resetLetterTemplate;
      if (got) setBody(got.body);
      setPreview(null);
      setDone("reset");
      announce(`${template.title} (${easyRead ? "easy read" : "standard"}) is back to the default wording.`);
    } catch (e) {
      form.fromServer(e);
    }
  };

  const showPreview = async () => {
    setPreview(null);
    if (!check()) return;
    setPreviewing(true);
    try {
      const result = await client.query({
        query: LetterPreviewDocument,
        variables: { input: { ...input, largePrint } },
        fetchPolicy: "no-cache",
      });
      const got = result.data?.letterPreview;
      if (got) {
        setPreview(got);
        announce("Preview ready below.");
      }
    } catch (e) {
      form.fromServer(e);
    } finally {
      setPreviewing(false);
    }
  };

  return (
    <div className="two-column">
      <form onSubmit={submit} noValidate className="card stack-tight" aria-label="Letter wording">
        <ErrorSummary {...form.summary} />
        {form.failure ? (
          <Alert tone="error" live="alert" title="Not saved">
            <p>{form.failure.message}</p>
          </Alert>
        ) : null}
        {done === "saved" ? (
          <Alert tone="success" title="Saved">
            <p>Letters made from now on use this wording.</p>
          </Alert>
        ) : null}
        {done === "reset" ? (
          <Alert tone="success" title="Default wording restored">
            <p>Letters made from now on use the default wording.</p>
          </Alert>
        ) : null}
        <Field id={fields.kind} label="Which letter?" error={form.errorFor(fields.kind)}>
          {(c) => (
            <select {...c} className="select" value={template.kind} onChange={(e) => choose({ kind: e.currentTarget.value })}>
              {kinds.map((t) => (
                <option key={t.kind} value={t.kind}>
                  {t.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ChoiceGroup
          id={fields.easyRead}
          type="radio"
          legend="Wording"
          choices={WORDINGS.map((w) => ({ value: w.value, label: w.label, hint: w.hint }))}
          value={[wording]}
          onChange={(v) => {
            const next = v[0];
            if (next) choose({ wording: next });
          }}
        />
        <p className="muted" data-testid="template-origin">
          {template.customised && template.updatedAt
            ? `The service's own wording, saved by ${template.updatedBy ?? "a manager"} on ${new Date(template.updatedAt).toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short" })}.`
            : "The default wording: no one has changed it yet."}
        </p>
        <Field
          id={fields.body}
          label="The letter"
          hint="Placeholders in double braces are filled in for each family. Insert one from the list."
          error={form.errorFor(fields.body)}
        >
          {(c) => (
            <textarea
              {...c}
              ref={textRef}
              className="textarea letter-body"
              rows={16}
              value={body}
              aria-describedby={[c["aria-describedby"], placeholdersId].filter(Boolean).join(" ")}
              onChange={(e) => {
                setBody(e.currentTarget.value);
                setDone(null);
              }}
            />
          )}
        </Field>
        <ChoiceGroup
          id={fields.largePrint}
          type="checkbox"
          legend="Preview size"
          choices={[{ value: "large", label: "Preview in large print (18 point)" }]}
          value={largePrint ? ["large"] : []}
          onChange={(v) => setLargePrint(v.includes("large"))}
        />
        <div className="button-row">
          <Button type="submit" disabled={saving}>
            {saving ? "Saving…" : "Save this wording"}
          </Button>
          <Button variant="secondary" disabled={previewing} onClick={() => void showPreview()}>
            {previewing ? "Making the preview…" : "Preview with sample values"}
          </Button>
          {template.customised ? (
            <Button variant="quiet" disabled={resetting} onClick={() => void restoreDefault()}>
              {resetting ? "Restoring…" : "Use the default wording"}
            </Button>
          ) : null}
        </div>
        {preview ? (
          <section className="stack-tight" aria-labelledby="letter-preview-heading" data-testid="letter-preview">
            <h2 id="letter-preview-heading">Preview, {FORMAT_WORDS[preview.format] ?? preview.format}</h2>
            <p className="hint">Filled with made-up sample values, not a family&apos;s details.</p>
            <div className="letter-preview" data-size={largePrint ? "large" : undefined}>
              {preview.text}
            </div>
            <Button variant="quiet" onClick={() => openPdf(preview.pdf)}>
              Open the preview as PDF
            </Button>
          </section>
        ) : null}
      </form>
      <section className="card stack-tight" aria-labelledby={`${placeholdersId}-heading`}>
        <h2 id={`${placeholdersId}-heading`}>Placeholders</h2>
        <p className="hint" id={placeholdersId}>
          Press one to insert it where the cursor is in the letter.
        </p>
        <ul className="plain-list placeholder-buttons">
          {data.letterPlaceholders.map((p) => (
            <li key={p.name}>
              <Button variant="secondary" onClick={() => insert(p.name)} aria-describedby={`ph-${p.name.replace(/\W/g, "-")}`}>
                {`{{${p.name}}}`}
              </Button>
              <span className="hint" id={`ph-${p.name.replace(/\W/g, "-")}`}>
                {p.description}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
