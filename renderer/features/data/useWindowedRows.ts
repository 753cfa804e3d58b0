import { useCallback, useEffect, useRef, useState, type RefObject, type UIEvent } from 'react';

export interface RowWindow {
  /** First and one-past-last row to render. */
  start: number;
  end: number;
  /** Space standing in for the rows above and below the rendered ones. */
  padTop: number;
  padBottom: number;
}

/** The rows a viewport of `viewHeight` shows at `scrollTop`, plus `overscan` on each side so fast scrolling does not flash. */
export function rowWindow(count: number, rowHeight: number, scrollTop: number, viewHeight: number, overscan = 8): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(viewHeight, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.max(start, Math.min(count, first + visible + overscan));
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}

/**
 * Renders only the rows in view of a scrolling container with rows of one fixed
 * height: 700 trainers become some 30 rows in the DOM.
 */
export function useWindowedRows(
  count: number,
  rowHeight: number,
): { containerRef: RefObject<HTMLDivElement | null>; onScroll: (e: UIEvent<HTMLElement>) => void; window: RowWindow } {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const measure = () => setViewHeight(element.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const onScroll = useCallback((e: UIEvent<HTMLElement>) => setScrollTop(e.currentTarget.scrollTop), []);
  return { containerRef, onScroll, window: rowWindow(count, rowHeight, scrollTop, viewHeight) };
}
