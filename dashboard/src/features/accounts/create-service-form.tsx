import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { PasswordLinkBox } from "./password-link";

const CreateServiceDocument = graphql(`
  mutation CreateFurtherService($input: CreateServiceInput!) {
    createService(input: $input) {
      serviceId
      slug
      name
      administrator {
        id
        displayName
      }
      link {
        path
        expiresAt
      }
    }
  }
`);

/** The server's fields (without `input.`) and the controls that show their problems. */
const fieldIds: Record<string, string> = {
  slug: "service-slug",
  name: "service-name",
  areaName: "service-area",
  helplinePhone: "service-helpline",
  "administrator.displayName": "service-admin-name",
  "administrator.email": "service-admin-email",
};

/** The same shape the server accepts (`createServiceSchema`); it checks again and has the last word. */
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

const empty = { slug: "", name: "", areaName: "", helplinePhone: "", adminName: "", adminEmail: "" };

/** Create a further service and its first administrator; the answer's one-time link is shown to pass on. */
export function CreateServiceForm() {
  const [v, setValues] = useState(empty);
  const [created, setCreated] = useState<{ service: string; who: string; path: string; expiresAt: string } | null>(null);
  const form = useFormProblems({ fields: fieldIds });
  const [create, { loading }] = useMutation(CreateServiceDocument);
  const set = (key: keyof typeof empty) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((old) => ({ ...old, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const found: FieldProblem[] = [];
    const slug = v.slug.trim().toLowerCase();
    if (!SLUG.test(slug)) found.push({ field: "service-slug", message: "Use lower-case letters, digits and hyphens, up to 40 characters" });
    if (!v.name.trim()) found.push({ field: "service-name", message: "Enter the service’s name" });
    if (!v.areaName.trim()) found.push({ field: "service-area", message: "Enter the local authority area the service covers" });
    if (!v.adminName.trim()) found.push({ field: "service-admin-name", message: "Enter the administrator’s name" });
    if (!/^\S+@\S+\.\S+$/.test(v.adminEmail.trim()))
      found.push({ field: "service-admin-email", message: "Enter an email address like name@example.org" });
    if (!form.check(found)) return;
    try {
      const res = await create({
        variables: {
          input: {
            slug,
            name: v.name.trim(),
            areaName: v.areaName.trim(),
            helplinePhone: v.helplinePhone.trim() || null,
            administrator: { displayName: v.adminName.trim(), email: v.adminEmail.trim() },
          },
        },
      });
      const result = res.data?.createService;
      if (!result) return;
      setCreated({
        service: result.name,
        who: result.administrator.displayName,
        path: result.link.path,
        expiresAt: String(result.link.expiresAt),
      });
      announce(`${result.name} created. The one-time link for ${result.administrator.displayName} is shown below the form.`);
      setValues(empty);
    } catch (error) {
      form.fromServer(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="card stack-tight" aria-labelledby="create-service-heading">
      <h2 id="create-service-heading">Create a service</h2>
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not created">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      <Field id="service-name" label="Service name" error={form.errorFor("service-name")}>
        {(c) => <input {...c} className="input" autoComplete="off" value={v.name} onChange={set("name")} />}
      </Field>
      <Field
        id="service-slug"
        label="Short name"
        hint="Lower-case letters, digits and hyphens; it is in the service’s self-referral address."
        error={form.errorFor("service-slug")}
      >
        {(c) => <input {...c} className="input" autoComplete="off" spellCheck={false} value={v.slug} onChange={set("slug")} />}
      </Field>
      <Field id="service-area" label="Local authority area" error={form.errorFor("service-area")}>
        {(c) => <input {...c} className="input" autoComplete="off" value={v.areaName} onChange={set("areaName")} />}
      </Field>
      <Field id="service-helpline" label="Helpline number (optional)" error={form.errorFor("service-helpline")}>
        {(c) => <input {...c} className="input" type="tel" autoComplete="off" value={v.helplinePhone} onChange={set("helplinePhone")} />}
      </Field>
      <fieldset className="stack-tight">
        <legend>Its first administrator</legend>
        <Field id="service-admin-name" label="Name" error={form.errorFor("service-admin-name")}>
          {(c) => <input {...c} className="input" autoComplete="off" value={v.adminName} onChange={set("adminName")} />}
        </Field>
        <Field id="service-admin-email" label="Email address" hint="They sign in with it." error={form.errorFor("service-admin-email")}>
          {(c) => (
            <input
              {...c}
              className="input"
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={v.adminEmail}
              onChange={set("adminEmail")}
            />
          )}
        </Field>
      </fieldset>
      <Button type="submit" disabled={loading}>
        {loading ? "Creating…" : "Create service"}
      </Button>
      {created ? (
        <Alert tone="success" title={`${created.service} created`}>
          <PasswordLinkBox id="new-service-link" who={created.who} path={created.path} expiresAt={created.expiresAt} />
        </Alert>
      ) : null}
    </form>
  );
}
