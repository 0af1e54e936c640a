import { useEffect, useState, type ReactNode } from "react";
import { Button } from "./button";

function useLargeText(): [boolean, () => void] {
  const [large, setLarge] = useState(() => localStorage.getItem("sendiass.large-text") === "1");
  useEffect(() => {
    document.documentElement.classList.toggle("large-text", large);
    localStorage.setItem("sendiass.large-text", large ? "1" : "0");
    return () => document.documentElement.classList.remove("large-text");
  }, [large]);
  return [large, () => setLarge((v) => !v)];
}

/** The frame of a page for families (no sign-in): skip link, service header, larger-text switch. */
export function PublicPage(props: { children: ReactNode }) {
  const [large, toggleLarge] = useLargeText();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="public-header">
        <div className="public-header-inner">
          <strong>SEND Information, Advice and Support Service</strong>
          <Button variant="secondary" aria-pressed={large} onClick={toggleLarge}>
            {large ? "Standard text size" : "Larger text"}
          </Button>
        </div>
      </header>
      <main id="main" className="public-main" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}
