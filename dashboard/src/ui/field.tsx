import type { ReactNode } from "react";

/** Props a control needs so its label, hint and error are announced with it. */
export type ControlProps = {
  id: string;
  name: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
};

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined || undefined;
}

/** A single labelled control with an optional hint and an error message tied to it. */
export function Field(props: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const { id, label, hint, error, children } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field" data-invalid={error ? "true" : undefined}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="error-message" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {children({
        id,
        name: id,
        "aria-describedby": describedBy(hintId, errorId),
        "aria-invalid": error ? true : undefined,
      })}
    </div>
  );
}

export type Choice<V extends string> = { value: V; label: string; hint?: string };

/** Radios or checkboxes in a fieldset whose legend is the question. */
export function ChoiceGroup<V extends string>(props: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  type: "radio" | "checkbox";
  choices: Choice<V>[];
  value: V[];
  onChange: (value: V[]) => void;
}) {
  const { id, legend, hint, error, type, choices, value, onChange } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (v: V, checked: boolean) => {
    if (type === "radio") onChange([v]);
    else onChange(checked ? [...value, v] : value.filter((x) => x !== v));
  };
  return (
    <div className="field" data-invalid={error ? "true" : undefined}>
      <fieldset id={id} aria-describedby={describedBy(hintId, errorId)} tabIndex={-1}>
        <legend>{legend}</legend>
        {hint ? (
          <p className="hint" id={hintId}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p className="error-message" id={errorId}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <div className="choices">
          {choices.map((choice, i) => {
            const choiceId = `${id}-${i}`;
            const choiceHintId = choice.hint ? `${choiceId}-hint` : undefined;
            return (
              <div className="choice" key={choice.value}>
                <input
                  type={type}
                  id={choiceId}
                  name={id}
                  value={choice.value}
                  checked={value.includes(choice.value)}
                  onChange={(e) => toggle(choice.value, e.currentTarget.checked)}
                  aria-describedby={choiceHintId}
                />
                <label htmlFor={choiceId}>
                  {choice.label}
                  {choice.hint ? (
                    <span className="choice-hint" id={choiceHintId}>
                      {choice.hint}
                    </span>
                  ) : null}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
