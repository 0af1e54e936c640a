import { useSyncExternalStore, type ComponentPropsWithRef, type MouseEvent } from "react";

/**
 * A deliberately tiny history router: the dashboard has a handful of flat screens, so a path
 * match table is clearer than a routing library.
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

const getPath = () => window.location.pathname;

export function usePath(): string {
  return useSyncExternalStore(subscribe, getPath, getPath);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  for (const listener of listeners) listener();
  window.scrollTo(0, 0);
}

/** The `:name` segments of a route pattern, as a union of their names. */
type PathParams<P extends string> = P extends `${string}:${infer K}/${infer Rest}`
  ? K | PathParams<`/${Rest}`>
  : P extends `${string}:${infer K}`
    ? K
    : never;

/** Matches `/refer/:serviceSlug` style patterns; returns the params or null. */
export function matchPath<P extends string>(pattern: P, path: string): Record<PathParams<P>, string> | null {
  const want = pattern.split("/").filter(Boolean);
  const have = path.split("/").filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [i, w] of want.entries()) {
    const h = have[i] ?? "";
    if (w.startsWith(":")) params[w.slice(1)] = decodeURIComponent(h);
    else if (w !== h) return null;
  }
  return params as Record<PathParams<P>, string>;
}

type LinkProps = ComponentPropsWithRef<"a"> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}

/** Where to come back to after signing in: a path on this site, never another site or sign-in itself. */
export function safeReturnPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  if (next === "/" || next.startsWith("/sign-in")) return null;
  return next;
}

/** The sign-in address that brings the person back to `path` (with its query) afterwards. */
export function signInPathFor(path: string): string {
  const back = safeReturnPath(path);
  return back ? `/sign-in?next=${encodeURIComponent(back)}` : "/sign-in";
}

/** The `next` of the current sign-in address, if it is safe to follow. */
export function returnPathFromLocation(): string | null {
  return safeReturnPath(new URLSearchParams(window.location.search).get("next"));
}
