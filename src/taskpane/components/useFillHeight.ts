/**
 * The height that takes an element to the bottom of the pane: the pane's visible height (its scroll
 * container's, or the window's) less how far the element sits below the top of the pane's content
 * (the nearest `data-pane-root` ancestor). Measured again when the pane or anything above the element
 * changes size. With the pane scrolled to its top, the element then ends where the pane does.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

/** The nearest ancestor that scrolls, or null when the window does. */
function scrollParentOf(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p && p !== document.documentElement; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return p;
  }
  return null;
}

export function useFillHeight(ref: RefObject<HTMLElement>, min: number, gap = 8): number {
  const [height, setHeight] = useState(min);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = el.closest<HTMLElement>('[data-pane-root]') ?? document.body;
    const scroller = scrollParentOf(el);
    const measure = () => {
      const viewport = scroller ? scroller.clientHeight : window.innerHeight;
      const offset = el.getBoundingClientRect().top - root.getBoundingClientRect().top;
      const next = Math.max(min, Math.floor(viewport - offset - gap));
      setHeight((h) => (Math.abs(h - next) > 1 ? next : h));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    if (scroller) observer.observe(scroller);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref, min, gap]);
  return height;
}
