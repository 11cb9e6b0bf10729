/**
 * Events per day, week, month or year (counted by the server) over the whole period the other
 * filters leave, with a brush: drag across days to set the date range, click outside the
 * selection to clear it.
 */

import { brushX, type BrushBehavior } from "d3-brush";
import { scaleLinear, scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { DAY_MS, dayToTime, timeToDay } from "./day-counts.ts";
import { periodEnd, type Period } from "./timeline-periods.ts";

interface Props {
  /** Events per period, in order, by the period's first day. */
  counts: readonly { start: string; count: number }[];
  period: Period;
  since: string | undefined;
  until: string | undefined;
  onRange: (since: string | null, until: string | null) => void;
  /** Said over the chart when it has no bars to show yet (loading, failed, nothing dated). */
  note?: string | undefined;
}

const HEIGHT = 90;
const MARGIN = { left: 32, right: 12, top: 8, bottom: 20 };

const PERIOD_WORDS: Record<Period, string> = { day: "day", week: "week", month: "month", year: "year" };

export function Timeline({ counts, period, since, until, onRange, note }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const brushLayer = useRef<SVGGElement>(null);
  const brushing = useRef<BrushBehavior<unknown> | undefined>(undefined);
  const [width, setWidth] = useState(800);

  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry!.contentRect.width > 0 && setWidth(Math.round(entry!.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const x = useMemo(() => {
    const first = counts.length ? dayToTime(counts[0]!.start) : Date.now() - 30 * DAY_MS;
    const last = counts.length ? periodEnd(counts[counts.length - 1]!.start, period) : Date.now();
    // A day of margin each side, so the first and last bars are whole.
    return scaleUtc()
      .domain([first - DAY_MS, last + DAY_MS])
      .range([MARGIN.left, width - MARGIN.right]);
  }, [counts, period, width]);
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([0, Math.max(1, ...counts.map((c) => c.count))])
        .nice()
        .range([HEIGHT - MARGIN.bottom, MARGIN.top]),
    [counts],
  );

  // The brush is d3's; it reports a finished gesture, snapped to whole days.
  useEffect(() => {
    const layer = brushLayer.current;
    if (!layer) return;
    const brush = brushX<unknown>()
      .extent([
        [MARGIN.left, MARGIN.top],
        [width - MARGIN.right, HEIGHT - MARGIN.bottom],
      ])
      .on("end", (event: { selection: [number, number] | null; sourceEvent?: unknown }) => {
        if (!event.sourceEvent) return; // moved by us, not by the user
        if (!event.selection) return onRange(null, null);
        const [a, b] = event.selection.map((px) => x.invert(px).getTime());
        const from = timeToDay(Math.round(a! / DAY_MS) * DAY_MS);
        const to = timeToDay(Math.max(Math.round(a! / DAY_MS), Math.round(b! / DAY_MS) - 1) * DAY_MS);
        onRange(from, to);
      });
    brushing.current = brush;
    select(layer).call(brush);
    return () => void select(layer).on(".brush", null);
  }, [x, width, onRange]);

  // Show the range of the address (typed in the filter bar, or from a shared link).
  useEffect(() => {
    const layer = brushLayer.current;
    const brush = brushing.current;
    if (!layer || !brush) return;
    if (!since && !until) return void select(layer).call(brush.move, null);
    const [lo, hi] = x.range() as [number, number];
    // A day the address holds but no calendar has ("2025-13-45") bounds nothing: the server says what is wrong with it.
    const at = (day: string | undefined, plus: number, otherwise: number) => {
      const time = day ? dayToTime(day) : NaN;
      return Number.isFinite(time) ? x(time + plus) : otherwise;
    };
    const from = at(since, 0, lo);
    const to = at(until, DAY_MS, hi);
    select(layer).call(brush.move, [Math.max(lo, Math.min(from, hi)), Math.max(lo, Math.min(to, hi))]);
  }, [since, until, x]);

  const ticks = x.ticks(Math.max(2, Math.floor(width / 110)));
  return (
    <div class="timeline" ref={frame} data-testid="timeline">
      {note && <p class="timeline-note muted">{note}</p>}
      <svg width={width} height={HEIGHT} role="img" aria-label={`Events per ${PERIOD_WORDS[period]}; drag to choose dates`}>
        {counts.map((c) => {
          const t = dayToTime(c.start);
          const end = periodEnd(c.start, period);
          const lastDay = timeToDay(end - DAY_MS);
          const inRange = (!since || lastDay >= since) && (!until || c.start <= until);
          return (
            <rect
              key={c.start}
              class={`bar${inRange ? "" : " out"}`}
              x={x(t)}
              y={y(c.count)}
              width={Math.max(1, x(end) - x(t) - 1)}
              height={y(0) - y(c.count)}
            >
              <title>{`${period === "day" ? c.start : `${PERIOD_WORDS[period]} from ${c.start}`}: ${c.count} event(s)`}</title>
            </rect>
          );
        })}
        <line class="axis" x1={MARGIN.left} x2={width - MARGIN.right} y1={y(0)} y2={y(0)} />
        {ticks.map((t) => (
          <text key={t.getTime()} class="tick" x={x(t)} y={HEIGHT - 6} text-anchor="middle">
            {t.toISOString().slice(0, 10)}
          </text>
        ))}
        <text class="tick" x={MARGIN.left - 4} y={y(y.domain()[1]!) + 4} text-anchor="end">
          {y.domain()[1]}
        </text>
        <g ref={brushLayer} class="brush" />
      </svg>
    </div>
  );
}
