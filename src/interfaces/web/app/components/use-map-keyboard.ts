/**
 * The keyboard on the map: its markers and bubbles are one Tab stop (a roving tabindex), moved
 * among with the keys `moveFocus` reads, Enter or Space acting on the one focused, Escape closing
 * what it opened. The one the keyboard is on is ringed (a click focuses too, but rings nothing:
 * the pointer shows where it is). After a bubble is spread out, the focus goes to what is drawn
 * nearest the middle once the new area has loaded.
 */

import { useEffect, useRef, useState } from "preact/hooks";
import { moveFocus } from "./map-keyboard.ts";

/** A marker or bubble the keyboard can reach: where it is, and what Enter (or Space) does on it. */
export interface Reachable {
  key: string;
  x: number;
  y: number;
  /** Its radius on screen, for the focus ring around it. */
  r: number;
  activate: (key: "Enter" | " ") => void;
}

interface Options {
  svg: { current: SVGSVGElement | null };
  /** What the map has loaded: a change of it, once settled, ends a bubble's spreading. */
  loaded: unknown;
  loading: boolean;
  middle: { x: number; y: number };
  onEscape: () => void;
}

export function useMapKeyboard(reachable: readonly Reachable[], { svg, loaded, loading, middle, onEscape }: Options) {
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [ringed, setRinged] = useState<string | null>(null);
  // What was loaded when a bubble was spread by keyboard (undefined: none is being spread).
  const spreading = useRef<unknown>(undefined);

  const focusOn = (key: string) => {
    setFocusKey(key);
    svg.current?.querySelector<SVGElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
  };

  useEffect(() => {
    if (spreading.current === undefined || loading || loaded === spreading.current || reachable.length === 0) return;
    spreading.current = undefined;
    const distance = (r: Reachable) => Math.hypot(r.x - middle.x, r.y - middle.y);
    focusOn([...reachable].sort((a, b) => distance(a) - distance(b))[0]!.key);
  });

  return {
    /** The key holding the Tab stop: the one last focused while it is drawn, else the westernmost. */
    tabStop: reachable.some((r) => r.key === focusKey) ? focusKey : (reachable[moveFocus(reachable, 0, "Home") ?? 0]?.key ?? null),
    ring: reachable.find((r) => r.key === ringed),
    onFocus: (key: string) => (event: FocusEvent) => {
      setFocusKey(key);
      setRinged((event.currentTarget as Element).matches(":focus-visible") ? key : null);
    },
    onBlur: () => setRinged(null),
    /** Called as a bubble is spread out by keyboard. */
    spread: () => (spreading.current = loaded),
    onKeyDown: (event: KeyboardEvent) => {
      const from = reachable.findIndex((r) => r.key === (event.target as Element).getAttribute("data-key"));
      if (from < 0) return;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        reachable[from]!.activate(event.key);
      } else if (event.key === "Escape") onEscape();
      else {
        const to = moveFocus(reachable, from, event.key);
        if (to === null && !event.key.startsWith("Arrow")) return;
        // An arrow with nowhere to go still must not scroll the page.
        event.preventDefault();
        if (to !== null) focusOn(reachable[to]!.key);
      }
    },
  };
}

/** The keyboard's state and handlers, for the markers and bubbles it moves among. */
export type MapKeyboard = ReturnType<typeof useMapKeyboard>;
