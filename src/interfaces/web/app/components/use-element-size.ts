/** The size an element is drawn at, followed as it changes (a ResizeObserver); 800 × 440 until it is first measured. */

import { useEffect, useState } from "preact/hooks";

export function useElementSize(ref: { current: HTMLElement | null }): { width: number; height: number } {
  const [size, setSize] = useState({ width: 800, height: 440 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry!.contentRect;
      if (box.width > 0) setSize({ width: Math.round(box.width), height: Math.round(box.height) || 440 });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return size;
}
