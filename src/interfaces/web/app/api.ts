/** The browser's client of the Sitrep API: every call the web view makes, with the token if one is set. */

import type { ApiActor, ApiActorDetail, ApiArticle, ApiEventDetail, ApiEventPage, ApiReviewRequest, ApiSummary } from "./api-types.ts";
import type { SummaryPeriod } from "../../../core/model.ts";
import { ANALYST_FILTER_KEYS, type ViewState } from "./view-state.ts";

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

/** The query of the view's filters as the API takes them (dates left out when asked), `bbox` replaced by `area` when given. */
export function filterParams(state: ViewState, options: { dates?: boolean; area?: string | null } = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["country", "type", "actor", ...ANALYST_FILTER_KEYS, "q", "bbox"] as const)
    if (state[key]) params.set(key, state[key]!);
  if (options.dates !== false) for (const key of ["since", "until"] as const) if (state[key]) params.set(key, state[key]!);
  if (params.has("country")) params.set("country", params.get("country")!.toUpperCase());
  if (options.area) params.set("bbox", options.area);
  return params;
}

/** One page of the filtered events, in the API's order (undated first, then oldest), resuming at a cursor. */
export function listEventPage(state: ViewState, cursor: string | null, limit: number, area?: string | null): Promise<ApiEventPage> {
  const params = filterParams(state, { area: area ?? null });
  params.set("limit", String(limit));
  if (cursor) params.set("cursor", cursor);
  return get<ApiEventPage>(`/api/events?${params}`);
}

/** Counts of the filtered events: in all, per period, per map cell (see GET /api/summary). */
export function getSummary(
  state: ViewState,
  options: { dates?: boolean; period?: SummaryPeriod; cell?: number; area?: string | null; byCountry?: boolean } = {},
): Promise<ApiSummary> {
  const params = filterParams(state, options);
  if (options.period) params.set("period", options.period);
  if (options.byCountry) params.set("by_country", "true");
  if (options.cell) params.set("cell", String(Math.max(0.001, Math.min(180, Number(options.cell.toPrecision(3))))));
  return get<ApiSummary>(`/api/summary?${params}`);
}

export const getEvent = (id: string) => get<ApiEventDetail>(`/api/events/${encodeURIComponent(id)}`);
export const getArticle = (id: string) => get<ApiArticle>(`/api/articles/${encodeURIComponent(id)}`);
export const getActor = (id: string) => get<ApiActorDetail>(`/api/actors/${encodeURIComponent(id)}`);
export const listActors = (q?: string) => get<{ actors: ApiActor[] }>(`/api/actors${q ? `?q=${encodeURIComponent(q)}` : ""}`);

export type ReviewRequest = ApiReviewRequest;

/** Sends a review; answers the events that hold the reviewed reports afterwards. */
export async function review(id: string, request: ReviewRequest): Promise<{ events: string[] }> {
  const res = await fetch(`/api/events/${encodeURIComponent(id)}/review`, {
    method: "POST",
    headers: headers({ "content-type": "application/json" }),
    body: JSON.stringify(request),
  });
  return answer(res);
}
