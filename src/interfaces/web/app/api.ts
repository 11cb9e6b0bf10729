/** The browser's client of the Sitrep API: every call the web view makes, with the token if one is set. */

import type { ApiActor, ApiActorDetail, ApiArticle, ApiEvent, ApiEventDetail, ApiEventPage } from "./api-types.ts";
import type { ViewState } from "./view-state.ts";

const TOKEN_KEY = "sitrep.token";

/** The token a reviewer pasted; kept in this browser only. */
export function savedToken(): string {
  try {
    return localStorage.getItem(TOKEN_KEY) ?? "";
  } catch {
    return "";
  }
}

export function saveToken(token: string): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const token = savedToken();
  return token ? { ...extra, authorization: `Bearer ${token}` } : extra;
}

async function answer<T>(res: Response): Promise<T> {
  if (res.ok) return (await res.json()) as T;
  let message = res.statusText;
  try {
    message = ((await res.json()) as { error?: string }).error ?? message;
  } catch {
    // Not JSON: the status line says enough.
  }
  throw new ApiError(res.status, message);
}

async function get<T>(path: string): Promise<T> {
  return answer<T>(await fetch(path, { headers: headers() }));
}

/** More than a map and a list can show usefully; past it the view says the list is cut. */
export const EVENT_CAP = 5000;

/** Every event matching the filters (dates included only when asked), page after page up to the cap. */
export async function listEvents(state: ViewState, options: { dates: boolean }): Promise<{ events: ApiEvent[]; truncated: boolean }> {
  const params = new URLSearchParams();
  for (const key of ["country", "type", "actor", "q", "bbox"] as const) if (state[key]) params.set(key, state[key]!);
  if (options.dates) for (const key of ["since", "until"] as const) if (state[key]) params.set(key, state[key]!);
  if (params.has("country")) params.set("country", params.get("country")!.toUpperCase());
  params.set("limit", "500");
  const events: ApiEvent[] = [];
  let cursor: string | null = null;
  do {
    if (cursor) params.set("cursor", cursor);
    const page: ApiEventPage = await get<ApiEventPage>(`/api/events?${params}`);
    events.push(...page.events);
    cursor = page.next_cursor;
  } while (cursor && events.length < EVENT_CAP);
  return { events, truncated: cursor !== null };
}

export const getEvent = (id: string) => get<ApiEventDetail>(`/api/events/${encodeURIComponent(id)}`);
export const getArticle = (id: string) => get<ApiArticle>(`/api/articles/${encodeURIComponent(id)}`);
export const getActor = (id: string) => get<ApiActorDetail>(`/api/actors/${encodeURIComponent(id)}`);
export const listActors = (q?: string) => get<{ actors: ApiActor[] }>(`/api/actors${q ? `?q=${encodeURIComponent(q)}` : ""}`);

export type ReviewRequest =
  | { action: "confirm"; note?: string }
  | { action: "edit"; field: string; value: unknown; note?: string }
  | { action: "merge"; with: string; note?: string }
  | { action: "split"; reports: string[]; note?: string };

/** Sends a review; answers the events that hold the reviewed reports afterwards. */
export async function review(id: string, request: ReviewRequest): Promise<{ events: string[] }> {
  const res = await fetch(`/api/events/${encodeURIComponent(id)}/review`, {
    method: "POST",
    headers: headers({ "content-type": "application/json" }),
    body: JSON.stringify(request),
  });
  return answer(res);
}
