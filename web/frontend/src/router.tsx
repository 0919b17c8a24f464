import { startTransition, useEffect, useState, type MouseEvent, type ReactNode } from 'react';

const listeners = new Set<(href: string) => void>();

const current = () => window.location.pathname + window.location.search;

/**
 * The current path and query; re-renders on navigation (ours, the back button, or App Bridge's nav menu). A page
 * change renders as a transition: the click paints at once and the new page follows (good INP).
 */
export function useLocation(): { readonly path: string; readonly search: URLSearchParams } {
  const [href, setHref] = useState(current);
  useEffect(() => {
    const update = (next: string) => startTransition(() => setHref(next));
    const onPop = () => update(current());
    listeners.add(update);
    window.addEventListener('popstate', onPop);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', onPop);
    };
  }, []);
  const url = new URL(href, window.location.origin);
  return { path: url.pathname, search: url.searchParams };
}

/**
 * Client-side navigation: pushState, keeping the Shopify parameters (`shop`, `host`, `embedded`) App Bridge and the
 * dev shim read from the URL.
 */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const target = new URL(to, window.location.origin);
  const current = new URLSearchParams(window.location.search);
  for (const key of ['shop', 'host', 'embedded', 'locale']) {
    const value = current.get(key);
    if (value !== null && !target.searchParams.has(key)) target.searchParams.set(key, value);
  }
  const href = target.pathname + target.search;
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  for (const listener of listeners) listener(href);
}

/** Sets one query parameter (or removes it when null) without leaving the page. */
export function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const { path, search } = useLocation();
  const set = (value: string | null) => {
    const next = new URLSearchParams(search);
    if (value === null) next.delete(name);
    else next.set(name, value);
    const text = next.toString();
    navigate(text === '' ? path : `${path}?${text}`, { replace: true });
  };
  return [search.get(name), set];
}

/** Polaris `linkComponent`: in-app links navigate without a reload; others behave as plain anchors. */
export function AppLink({
  url,
  children,
  external,
  ...rest
}: {
  url: string;
  children?: ReactNode;
  external?: boolean;
  [key: string]: unknown;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      external ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.button !== 0 ||
      !url.startsWith('/')
    )
      return;
    event.preventDefault();
    navigate(url);
  };
  return (
    <a
      href={url}
      onClick={onClick}
      {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      {...rest}
    >
      {children}
    </a>
  );
}

/** Scrolls to the top when the page (not only its query) changes. */
export function useScrollReset(path: string): void {
  // A block body: Chromium's scrollTo returns a promise, and an effect may only return a cleanup function.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [path]);
}
