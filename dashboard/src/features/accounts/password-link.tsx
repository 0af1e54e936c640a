import { useState } from "react";
import { Button } from "../../ui/button";

/** A one-time set-password link to pass on: shown in full, selectable, with a copy button. Never a password. */
export function PasswordLinkBox(props: { id: string; who: string; path: string; expiresAt: string }) {
  const url = `${window.location.origin}${props.path}`;
  const [copied, setCopied] = useState(false);
  const until = new Date(props.expiresAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="stack-tight">
      <label htmlFor={props.id}>One-time link for {props.who}</label>
      <p className="hint" id={`${props.id}-hint`}>
        Send it to them yourself. It works once, until {until}, to set their own password.
      </p>
      <input
        id={props.id}
        className="input"
        readOnly
        value={url}
        aria-describedby={`${props.id}-hint`}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="password-link"
      />
      <Button
        variant="secondary"
        onClick={() => {
          void navigator.clipboard?.writeText(url).then(() => setCopied(true));
        }}
      >
        {copied ? "Copied" : "Copy link"}
      </Button>
    </div>
  );
}
