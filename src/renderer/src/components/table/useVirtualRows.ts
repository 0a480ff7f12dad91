import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useLayoutEffect, useState } from 'react';

/** Above this many rows a list renders only what is on screen (plus a margin); below, every row. */
export const VIRTUAL_FROM = 150;

const scrollElement = () => document.getElementById('main');

/**
 * Windowing for long tables that scroll with the page (the app's main area), so 5,000 courses stay
 * interactive. Returns the rows to render and the blank space to keep above and below them.
 */
export function useVirtualRows(count: number, estimateSize: number) {
  const enabled = count > VIRTUAL_FROM;
  // A callback ref kept in state: the margin is measured once the table is in the page.
  const [anchor, setAnchor] = useState<HTMLTableElement | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    const main = scrollElement();
    if (!enabled || !main || !anchor) return;
    const measure = () =>
      setScrollMargin(anchor.getBoundingClientRect().top - main.getBoundingClientRect().top + main.scrollTop);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(main);
    return () => observer.disconnect();
  }, [enabled, anchor]);

  // TanStack Virtual hands back new functions on every render, so the React Compiler leaves this hook alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    enabled,
    getScrollElement: scrollElement,
    estimateSize: () => estimateSize,
    overscan: 12,
    scrollMargin,
  });

  if (!enabled) {
    return { setAnchor, rows: null as VirtualItem[] | null, before: 0, after: 0, measureElement: undefined, scrollToIndex: undefined };
  }
  const rows = virtualizer.getVirtualItems();
  const before = rows.length ? rows[0]!.start - scrollMargin : 0;
  const after = rows.length ? virtualizer.getTotalSize() - (rows.at(-1)!.end - scrollMargin) : 0;
  const scrollToIndex = (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' });
  return { setAnchor, rows, before, after, measureElement: virtualizer.measureElement, scrollToIndex };
}
