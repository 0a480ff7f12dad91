import { format } from 'date-fns';
import { useEffect, type ReactNode } from 'react';
import type { Paper } from '../../../shared/reports/paper';
import { PAGE_MARGIN_MM } from '../../../shared/reports/paper';
import './print.css';

/** The attribute the desktop app's exporter and the tests wait for before printing. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
const PRINT_FONT = "'DejaVu Sans', 'Segoe UI', system-ui, sans-serif";

interface PrintFrameProps {
  title: string;
  paper: Paper | null;
  /** Data loaded and laid out: the page may be printed. */
  ready: boolean;
  /** Why the view cannot be printed, in the user's words. */
  failure?: string | null;
  children?: ReactNode;
}

/**
 * A print view's page: paper size and margins, a footer with the export date and page numbers (CSS page
 * margin boxes, so both the browser's print and printToPDF/page.pdf number the pages), and, on screen only,
 * a bar with the browser's own print button.
 */
export function PrintFrame({ title, paper, ready, failure, children }: PrintFrameProps) {
  const exported = format(new Date(), 'd MMM yyyy');
  useEffect(() => {
    document.title = title;
    const root = document.documentElement;
    if (ready && !failure) {
      // After the browser has laid the page out and its fonts are in.
      let cancelled = false;
      void document.fonts.ready.then(() =>
        requestAnimationFrame(() => {
          if (!cancelled) root.setAttribute(PRINT_READY_ATTRIBUTE, 'true');
        }),
      );
      return () => {
        cancelled = true;
        root.removeAttribute(PRINT_READY_ATTRIBUTE);
      };
    }
    root.removeAttribute(PRINT_READY_ATTRIBUTE);
    return undefined;
  }, [ready, failure, title]);

  const size = paper === 'Letter' ? 'letter' : 'A4';
  const footer = `"Exported ${exported}"`;
  const pageCss = `
@page { size: ${size} portrait; margin: ${PAGE_MARGIN_MM}mm;
  @bottom-left { content: ${footer}; font-size: 8pt; font-family: ${PRINT_FONT}; color: #5a6473; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; font-family: ${PRINT_FONT}; color: #5a6473; } }
@page wide { size: ${size} landscape; margin: ${PAGE_MARGIN_MM}mm;
  @bottom-left { content: ${footer}; font-size: 8pt; font-family: ${PRINT_FONT}; color: #5a6473; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; font-family: ${PRINT_FONT}; color: #5a6473; } }`;

  return (
    <div className="print-root">
      <style>{pageCss}</style>
      <div className="print-toolbar" role="toolbar" aria-label="Print view">
        <a className="button" href="#/reports">
          Back to Reports
        </a>
        <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!ready || !!failure}>
          Print or save as PDF
        </button>
        <span className="print-toolbar__hint">Paper: {paper ?? 'A4'} · the footer shows “Exported {exported}” and page numbers</span>
      </div>
      <main className="print-document">
        {failure ? (
          <p role="alert" className="print-failure">
            {failure}
          </p>
        ) : ready ? (
          children
        ) : (
          <p role="status">Preparing the report…</p>
        )}
      </main>
    </div>
  );
}
