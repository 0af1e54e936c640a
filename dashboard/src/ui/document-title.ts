import { useEffect } from "react";

/** Every screen names itself in the tab title, which screen readers announce on navigation. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – SENDIASS casework`;
  }, [title]);
}
