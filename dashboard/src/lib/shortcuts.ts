import { useEffect, useSyncExternalStore } from "react";

/*
 * Single-key shortcuts for the busy screens (j/k, /, n, ?). WCAG 2.1.4: a person who speaks to their
 * computer, or types by accident, can turn them off; the choice is kept in this browser.
 */
const KEY = "sendiass.shortcuts";
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(KEY) !== "off";
  } catch {
    return true;
  }
}

export function setShortcutsOn(on: boolean): void {
  try {
    localStorage.setItem(KEY, on ? "on" : "off");
  } catch {
    // Private browsing: the choice lasts until the page is closed.
  }
  for (const listener of listeners) listener();
}

export function useShortcutsOn(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    read,
  );
}

/** True while the person is typing: shortcuts never fire in a field, a menu or editable text. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return false;
  const type = (target as HTMLInputElement).type;
  return !["checkbox", "radio", "button", "submit", "reset", "range", "color"].includes(type);
}

/**
 * Calls `handlers[key]` for a key pressed outside a field, with no Ctrl, Alt or Meta (Shift is
 * allowed, for `?`). A handler that returns false lets the key do what it normally does.
 */
export function useShortcuts(handlers: Record<string, (event: KeyboardEvent) => boolean | void>, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (isTyping(event.target)) return;
      const handler = handlers[event.key];
      if (!handler) return;
      if (handler(event) !== false) event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [handlers, enabled]);
}
