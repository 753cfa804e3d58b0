import { useLayoutEffect, useRef, useState } from 'react';
import type { PrintDocument } from '../../../shared/contract/printResults';

/** A4 at 96 px per inch: the printout lays itself out for this width. */
const A4_LONG = 1123;
const A4_SHORT = 794;

/**
 * The printout at its paper width, scaled down to fit the card, so the
 * preview shows the page as it prints instead of a cut-off or reflowed one.
 * No scripts and no same origin (sandbox=""): it is data to look at.
 */
export function ScaledPreview({ doc }: { doc: PrintDocument }) {
  const wrap = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(A4_LONG);
  const width = doc.landscape ? A4_LONG : A4_SHORT;
  const height = doc.landscape ? A4_SHORT : A4_LONG;

  useLayoutEffect(() => {
    const element = wrap.current;
    if (!element) return;
    const measure = () => setAvailable(element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const scale = Math.min(1, available / width);
  return (
    <div ref={wrap} className="print-preview-frame" style={{ height: Math.round(height * scale) }}>
      <iframe sandbox="" srcDoc={doc.html} title={doc.title} data-testid="print-preview" style={{ width, height, transform: `scale(${scale})` }} />
    </div>
  );
}
