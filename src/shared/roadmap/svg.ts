import { ROADMAP_GEOMETRY as G, shownChips } from './geometry';
import type { Roadmap, RoadmapNode } from './types';

/** What the picture says beside the layout: a heading, and per node its kind line and its dates line. */
export interface RoadmapPictureText {
  heading: string;
  subheading?: string;
  kindLine(node: RoadmapNode): string;
  meta(node: RoadmapNode): string;
}

const HEADING_HEIGHT = 64;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Text for XML: the five characters that matter escaped, and characters XML 1.0 forbids dropped. */
export function xmlText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const STATUS_FILL: Record<string, string> = { planned: '#ffffff', in_progress: '#eef4ff', done: '#ecf8f1', skipped: '#f3f3f3' };

function nodeSvg(n: RoadmapNode, text: RoadmapPictureText): string {
  const left = n.x + G.nodePadding;
  let y = n.y + G.nodePadding;
  const out: string[] = [];
  const stroke = n.kind === 'course' ? '#2f5bd3' : '#b26b00';
  out.push(`<g class="node" data-id="${xmlText(n.id)}">`);
  out.push(`<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="8" fill="${STATUS_FILL[n.status] ?? '#ffffff'}" stroke="${stroke}" stroke-width="1.5"${n.status === 'skipped' ? ' stroke-dasharray="5 4"' : ''}/>`);
  out.push(`<rect x="${n.x}" y="${n.y}" width="5" height="${n.height}" rx="2" fill="${stroke}"/>`);
  y += G.kindLine.line;
  out.push(`<text x="${left}" y="${y - 4}" font-size="${G.kindLine.font}" fill="#5a6472">${xmlText(text.kindLine(n))}</text>`);
  for (const line of n.titleLines) {
    y += G.titleLine.line;
    out.push(`<text x="${left}" y="${y - 4}" font-size="${G.titleLine.font}" font-weight="600" fill="#1c2430">${xmlText(line)}</text>`);
  }
  y += G.metaLine.line;
  out.push(`<text x="${left}" y="${y - 4}" font-size="${G.metaLine.font}" fill="#5a6472">${xmlText(text.meta(n))}</text>`);
  if (n.chips.length > 0) y += 4;
  const { shown, more } = shownChips(n.chips.length);
  const right = n.x + n.width - G.nodePadding;
  for (const chip of n.chips.slice(0, shown)) {
    y += G.chipLine.line;
    out.push(`<rect x="${left}" y="${y - G.chipLine.line + 2}" width="${n.width - 2 * G.nodePadding}" height="${G.chipLine.line - 4}" rx="4" fill="#f1f4f9"/>`);
    out.push(`<text x="${left + 6}" y="${y - 6}" font-size="${G.chipLine.font}" fill="#1c2430">${xmlText(chip.name.length > 30 ? `${chip.name.slice(0, 29)}…` : chip.name)}</text>`);
    out.push(`<text x="${right - 6}" y="${y - 6}" font-size="${G.chipLine.font}" font-weight="600" text-anchor="end" fill="#1f4fb8">${chip.from}→${chip.to}</text>`);
  }
  if (more > 0) {
    y += G.chipLine.line;
    out.push(`<text x="${left + 6}" y="${y - 6}" font-size="${G.chipLine.font}" fill="#5a6472">+${more} more</text>`);
  }
  out.push('</g>');
  return out.join('');
}

/**
 * The roadmap as a standalone SVG document: every word is a <text> element (selectable, searchable, scalable),
 * drawn with the same geometry as the canvas, under a heading.
 */
export function roadmapSvg(roadmap: Roadmap, text: RoadmapPictureText): string {
  const width = Math.ceil(roadmap.width);
  const height = Math.ceil(roadmap.height) + HEADING_HEIGHT;
  const byId = new Map(roadmap.nodes.map((n) => [n.id, n]));
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<title>${xmlText(text.heading)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#6b7685"/></marker></defs>',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="28" font-size="20" font-weight="700" fill="#1c2430">${xmlText(text.heading)}</text>`,
  );
  if (text.subheading) parts.push(`<text x="16" y="50" font-size="13" fill="#5a6472">${xmlText(text.subheading)}</text>`);
  parts.push(`<g transform="translate(0 ${HEADING_HEIGHT})">`);
  roadmap.lanes.forEach((lane, i) => {
    parts.push(`<rect x="0" y="${lane.y}" width="${width}" height="${lane.height}" fill="${i % 2 ? '#f7f8fb' : '#ffffff'}"/>`);
  });
  for (const b of roadmap.blackouts) {
    parts.push(`<rect x="${b.x}" y="0" width="${b.width}" height="${Math.ceil(roadmap.height)}" fill="#8a93a3" fill-opacity="0.16"><title>${xmlText(`${b.label || 'Blackout'}: ${b.startsOn} to ${b.endsOn}`)}</title></rect>`);
  }
  for (const c of roadmap.columns) {
    parts.push(`<line x1="${c.x}" x2="${c.x}" y1="0" y2="${Math.ceil(roadmap.height)}" stroke="#d5dae2"/>`);
    parts.push(`<text x="${c.x + 10}" y="22" font-size="14" font-weight="700" fill="#1c2430">${xmlText(c.label)}</text>`);
    if (c.range !== c.label) parts.push(`<text x="${c.x + 10}" y="40" font-size="12" fill="#5a6472">${xmlText(c.range)}</text>`);
  }
  for (const lane of roadmap.lanes) {
    parts.push(`<text x="${roadmap.columns[0]!.x + 8}" y="${lane.y + 17}" font-size="13" font-weight="700" fill="#3d4756">${xmlText(lane.label)}</text>`);
  }
  for (const e of roadmap.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    const [x1, y1, x2, y2] = [s.x + s.width, s.y + s.height / 2, t.x, t.y + t.height / 2];
    const bend = Math.max(30, Math.abs(x2 - x1) / 2);
    parts.push(`<path d="M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}" fill="none" stroke="#6b7685" stroke-width="1.5" marker-end="url(#arrow)"/>`);
  }
  for (const n of roadmap.nodes) parts.push(nodeSvg(n, text));
  parts.push('</g></svg>');
  return parts.join('\n');
}
