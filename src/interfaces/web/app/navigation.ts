/** In-app navigation over the History API, so the address always holds the view. */

import { useEffect, useState } from "preact/hooks";

const NAVIGATED = "sitrep:navigate";

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === location.pathname + location.search) return;
  if (options.replace) history.replaceState(null, "", href);
  else history.pushState(null, "", href);
  dispatchEvent(new Event(NAVIGATED));
}

/** The current path and query, re-read on every navigation (ours, back and forward). */
export function useLocation(): { pathname: string; search: string } {
  const read = () => ({ pathname: location.pathname, search: location.search });
  const [where, setWhere] = useState(read);
  useEffect(() => {
    const update = () => setWhere(read());
    addEventListener("popstate", update);
    addEventListener(NAVIGATED, update);
    return () => {
      removeEventListener("popstate", update);
      removeEventListener(NAVIGATED, update);
    };
  }, []);
  return where;
}

/** A link followed inside the app (a plain link still works with a modifier key or a new tab). */
export function onLinkClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element).closest("a");
  const href = anchor?.getAttribute("href");
  if (!anchor || !href || !href.startsWith("/") || href.startsWith("/api") || anchor.target) return;
  event.preventDefault();
  navigate(href);
}
