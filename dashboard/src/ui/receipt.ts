import { useEffect, useRef, useState } from "react";
import { useDocumentTitle } from "./document-title";

/**
 * A public form's receipt: the tab title says whether it was sent, and once it is, focus moves to the
 * receipt's heading (give it `ref={headingRef} tabIndex={-1}`), so a screen reader announces it.
 */
export function useReceipt<T>(titles: { before: string; after: string }) {
  const [receipt, setReceipt] = useState<T | null>(null);
  useDocumentTitle(receipt ? titles.after : titles.before);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (receipt) headingRef.current?.focus();
  }, [receipt]);
  return { receipt, setReceipt, headingRef };
}
