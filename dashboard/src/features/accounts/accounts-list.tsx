import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { StaffRole } from "../../gql/graphql";
import { staffRoleLabels, staffRoleValues } from "../../gql/labels";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Link } from "../../lib/router";
import { useViewer } from "../auth/me";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { AddStaffForm, LevelSelect } from "./add-staff-form";
import { PasswordLinkBox } from "./password-link";

export const AccountFragment = graphql(`
  fragment AccountRow on StaffAccount {
    id
    displayName
    email
    role
    active
    holdsCases
    capacity
    maxLevel
    openCases
    passwordSet
  }
`);

const AccountsDocument = graphql(`
  query AccountsList {
    staffAccounts {
      canManage
      accounts {
        id
        ...AccountRow
      }
    }
  }
`);

const ChangeRoleDocument = graphql(`
  mutation ChangeAccountRole($id: ID!, $input: ChangeStaffRoleInput!) {
    changeStaffRole(staffId: $id, input: $input) {
      id
      ...AccountRow
    }
  }
`);
const ChangeCapacityDocument = graphql(`
  mutation ChangeAccountCapacity($id: ID!, $input: ChangeStaffCapacityInput!) {
    changeStaffCapacity(staffId: $id, input: $input) {
      id
      ...AccountRow
    }
  }
`);
const ResetDocument = graphql(`
  mutation ResetAccountPassword($id: ID!) {
    resetStaffPassword(staffId: $id) {
      account {
        id
        ...AccountRow
      }
      link {
        path
        expiresAt
      }
    }
  }
`);
const DeactivateDocument = graphql(`
  mutation DeactivateAccount($id: ID!) {
    deactivateStaff(staffId: $id) {
      account {
        id
        ...AccountRow
      }
      openCases {
        caseId
        referralId
        reference
        level
      }
    }
  }
`);
const ReactivateDocument = graphql(`
  mutation ReactivateAccount($id: ID!) {
    reactivateStaff(staffId: $id) {
      id
      ...AccountRow
    }
  }
`);

/** Every account of the service, people who hold cases and those who do not, each with its changes. */
export function AccountsList(props: { viewerId: string }) {
  const { data, loading, error } = useQuery(AccountsDocument);
  if (error)
    return (
      <Alert tone="error" live="alert" title="We could not load the accounts">
        <p>{error.message}</p>
      </Alert>
    );
  if (!data) return <p role="status">{loading ? "Loading accounts…" : "No accounts."}</p>;
  const { canManage, accounts } = data.staffAccounts;
  return (
    <div className="stack">
      {canManage ? <AddStaffForm /> : null}
      <section aria-labelledby="accounts-heading" className="stack-tight">
        <h2 id="accounts-heading">Accounts ({accounts.length})</h2>
        {!canManage ? (
          <Alert tone="info" title="Read only">
            <p>This service has an administrator: staff accounts are theirs to change.</p>
          </Alert>
        ) : null}
        <ul className="stack-tight" style={{ listStyle: "none", padding: 0 }}>
          {accounts.map((a) => (
            <AccountItem key={a.id} account={a} canManage={canManage} isViewer={a.id === props.viewerId} />
          ))}
        </ul>
      </section>
    </div>
  );
}

type HeldCase = { caseId: string; referralId: string; reference: string; level: number };

function AccountItem(props: { account: FragmentType<typeof AccountFragment>; canManage: boolean; isViewer: boolean }) {
  const a = getFragmentData(AccountFragment, props.account);
  // What a deactivation left to reassign; kept here, as the account's own controls change once it is inactive.
  const [leftOpen, setLeftOpen] = useState<HeldCase[] | null>(null);
  return (
    <li className="card stack-tight" aria-labelledby={`account-${a.id}`} data-testid="account">
      <h3 id={`account-${a.id}`}>
        {a.displayName}
        {a.active ? null : <span className="hint"> (deactivated)</span>}
      </h3>
      <p>
        {staffRoleLabels[a.role]} · {a.email}
        <br />
        {a.holdsCases ? (
          <>
            {a.openCases} open of {a.capacity} · {a.maxLevel ? `up to level ${a.maxLevel}` : "levels as role and training allow"}
          </>
        ) : (
          "Holds no cases"
        )}
        {a.passwordSet ? null : (
          <>
            <br />
            Has not set a password yet
          </>
        )}
      </p>
      {leftOpen ? <LeftToReassign id={a.id} who={a.displayName} openCases={leftOpen} /> : null}
      {props.canManage && !props.isViewer ? (
        <details className="disclosure inline">
          <summary>Change {a.displayName}’s account</summary>
          <div className="disclosure-body stack-tight">
            {a.active ? (
              <>
                <RoleForm id={a.id} role={a.role} />
                {a.holdsCases ? <CapacityForm id={a.id} capacity={a.capacity} maxLevel={a.maxLevel ?? null} /> : null}
                <ResetPassword id={a.id} who={a.displayName} />
                <Deactivate id={a.id} who={a.displayName} onDeactivated={setLeftOpen} />
              </>
            ) : (
              <Reactivate id={a.id} who={a.displayName} />
            )}
          </div>
        </details>
      ) : null}
    </li>
  );
}

function RoleForm(props: { id: string; role: StaffRole }) {
  const [role, setRole] = useState<StaffRole>(props.role);
  const form = useFormProblems({ fields: { role: `${props.id}-role` } });
  const [change, { loading }] = useMutation(ChangeRoleDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check([])) return;
    try {
      await change({ variables: { id: props.id, input: { role } } });
      announce(`Role changed to ${staffRoleLabels[role]}.`);
    } catch (error) {
      form.fromServer(error);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Role">
      {form.failure ? (
        <Alert tone="error" live="alert" title="Role not changed">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      <Field id={`${props.id}-role`} label="Role" error={form.errorFor(`${props.id}-role`)}>
        {(c) => (
          <select {...c} className="select" value={role} onChange={(e) => setRole(e.currentTarget.value as StaffRole)}>
            {staffRoleValues.map((r) => (
              <option key={r} value={r}>
                {staffRoleLabels[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button type="submit" variant="secondary" disabled={loading || role === props.role}>
        Change role
      </Button>
    </form>
  );
}

function CapacityForm(props: { id: string; capacity: number; maxLevel: number | null }) {
  const [capacity, setCapacity] = useState(String(props.capacity));
  const [maxLevel, setMaxLevel] = useState(props.maxLevel ? String(props.maxLevel) : "");
  const capacityId = `${props.id}-capacity`;
  const levelId = `${props.id}-max-level`;
  const form = useFormProblems({ fields: { capacity: capacityId, maxLevel: levelId } });
  const [change, { loading }] = useMutation(ChangeCapacityDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (!/^\d+$/.test(capacity)) found.push({ field: capacityId, message: "Capacity is a whole number of cases" });
    if (!form.check(found)) return;
    try {
      await change({ variables: { id: props.id, input: { capacity: Number(capacity), maxLevel: maxLevel ? Number(maxLevel) : null } } });
      announce("Capacity saved.");
    } catch (error) {
      form.fromServer(error);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Capacity">
      {form.failure ? (
        <Alert tone="error" live="alert" title="Capacity not changed">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      <div className="field-pair">
        <Field id={capacityId} label="Capacity (open cases)" error={form.errorFor(capacityId)}>
          {(c) => (
            <input
              {...c}
              className="input"
              data-width="short"
              inputMode="numeric"
              value={capacity}
              onChange={(e) => setCapacity(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field id={levelId} label="Highest level" error={form.errorFor(levelId)}>
          {(c) => <LevelSelect control={c} value={maxLevel} onChange={setMaxLevel} />}
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={loading}>
        Save capacity
      </Button>
    </form>
  );
}

function ResetPassword(props: { id: string; who: string }) {
  const [reset, { loading, data, error }] = useMutation(ResetDocument);
  const link = data?.resetStaffPassword.link;
  return (
    <div className="stack-tight">
      <Button
        variant="secondary"
        disabled={loading}
        onClick={() => {
          void reset({ variables: { id: props.id } }).then(
            () => announce(`Password reset. ${props.who} is signed out; their new one-time link is shown.`),
            () => {},
          );
        }}
      >
        Reset password
      </Button>
      {error ? (
        <Alert tone="error" live="alert" title="Password not reset">
          <p>{error.message}</p>
        </Alert>
      ) : null}
      {link ? <PasswordLinkBox id={`${props.id}-reset-link`} who={props.who} path={link.path} expiresAt={String(link.expiresAt)} /> : null}
    </div>
  );
}

/** After a deactivation: the open cases the person still holds, and where they are reassigned. */
function LeftToReassign(props: { id: string; who: string; openCases: HeldCase[] }) {
  const { openCases } = props;
  const mayReassign = useViewer()?.permissions.includes("allocate:referral") ?? false;
  return (
    <Alert tone="success" live="status" title={`${props.who} is deactivated`}>
      {openCases.length ? (
        <>
          <p>
            They still hold {openCases.length} open {openCases.length === 1 ? "case" : "cases"}:{" "}
            {openCases.map((c) => `${c.reference} (level ${c.level})`).join(", ")}.
          </p>
          <p>
            {mayReassign ? (
              <Link to={`/team/${props.id}/reassign`}>Reassign their cases</Link>
            ) : (
              "A service manager reassigns them from the Team page, where they are listed until done."
            )}
          </p>
        </>
      ) : (
        <p>They held no open cases.</p>
      )}
    </Alert>
  );
}

function Deactivate(props: { id: string; who: string; onDeactivated: (openCases: HeldCase[]) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [deactivate, { loading, error }] = useMutation(DeactivateDocument);
  return (
    <div className="stack-tight">
      {error ? (
        <Alert tone="error" live="alert" title="Not deactivated">
          <p>{error.message}</p>
        </Alert>
      ) : null}
      {confirming ? (
        <>
          <p>{props.who} will be signed out at once and unable to sign in.</p>
          <div className="button-row">
            <Button
              disabled={loading}
              onClick={() => {
                void deactivate({ variables: { id: props.id } }).then(
                  (res) => {
                    const result = res.data?.deactivateStaff;
                    if (!result) return;
                    props.onDeactivated(result.openCases);
                    announce(`${props.who} deactivated. ${result.openCases.length} open cases to reassign.`);
                  },
                  () => {},
                );
              }}
            >
              Yes, deactivate {props.who}
            </Button>
            <Button variant="quiet" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Deactivate…
        </Button>
      )}
    </div>
  );
}

function Reactivate(props: { id: string; who: string }) {
  const [reactivate, { loading, error }] = useMutation(ReactivateDocument);
  return (
    <div className="stack-tight">
      {error ? (
        <Alert tone="error" live="alert" title="Not reactivated">
          <p>{error.message}</p>
        </Alert>
      ) : null}
      <Button
        variant="secondary"
        disabled={loading}
        onClick={() => {
          void reactivate({ variables: { id: props.id } }).then(
            () => announce(`${props.who} reactivated.`),
            () => {},
          );
        }}
      >
        Reactivate {props.who}
      </Button>
    </div>
  );
}
