// SVG export of what is on screen. No sigma package writes SVG (export-image only rasterises the
// WebGL layers), so this serialises sigma's own display data: the same positions, colours, sizes,
// curves and labels as the canvas, as vectors a journalist can edit in Illustrator or Inkscape.
import type Sigma from 'sigma';
import type { StoreGraph } from '../state/types';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => (Math.round(v * 10) / 10).toString();

export function toSVG(sigma: Sigma, graph: StoreGraph): string {
  const { width, height } = sigma.getDimensions();
  const pos = (id: string) => {
    const a = graph.getNodeAttributes(id);
    return sigma.graphToViewport({ x: a.x, y: a.y });
  };
  const radius = (size: number) => sigma.scaleSize(size);
  const edges: string[] = [];
  const labels: string[] = [];
  const markers = new Map<string, string>();

  graph.forEachEdge((id, attrs, source, target) => {
    const d = sigma.getEdgeDisplayData(id) as (ReturnType<typeof sigma.getEdgeDisplayData> & { curvature?: number }) | undefined;
    if (!d || d.hidden) return;
    const sd = sigma.getNodeDisplayData(source);
    const td = sigma.getNodeDisplayData(target);
    if (!sd || !td || sd.hidden || td.hidden) return;
    const s = pos(source);
    const t = pos(target);
    const c = d.curvature ?? 0;
    const width = Math.max(1, radius(d.size));
    const directed = d.type === 'arrow' || d.type === 'curvedArrow';
    let marker = '';
    if (directed) {
      const mid = `arrow-${d.color.replace('#', '')}`;
      markers.set(mid, `<marker id="${mid}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${esc(d.color)}"/></marker>`);
      marker = ` marker-end="url(#${mid})"`;
    }
    // Stop the line at the target's rim so the arrow head is visible.
    const tr = radius(td.size);
    const cx = (s.x + t.x) / 2 + c * (t.y - s.y);
    const cy = (s.y + t.y) / 2 - c * (t.x - s.x);
    const fromX = c !== 0 ? cx : s.x;
    const fromY = c !== 0 ? cy : s.y;
    const len = Math.hypot(t.x - fromX, t.y - fromY) || 1;
    const ex = t.x - ((t.x - fromX) / len) * tr;
    const ey = t.y - ((t.y - fromY) / len) * tr;
    const path = c !== 0 ? `M${n(s.x)},${n(s.y)} Q${n(cx)},${n(cy)} ${n(ex)},${n(ey)}` : `M${n(s.x)},${n(s.y)} L${n(ex)},${n(ey)}`;
    edges.push(`<path d="${path}" fill="none" stroke="${esc(d.color)}" stroke-width="${n(width)}"${marker}><title>${esc(String(attrs.relType ?? ''))}</title></path>`);
    if (d.label && d.forceLabel) {
      const lx = c !== 0 ? (s.x + t.x) / 4 + cx / 2 : (s.x + t.x) / 2;
      const ly = c !== 0 ? (s.y + t.y) / 4 + cy / 2 : (s.y + t.y) / 2;
      labels.push(`<text x="${n(lx)}" y="${n(ly)}" class="edge-label">${esc(d.label)}</text>`);
    }
  });

  const nodes: string[] = [];
  graph.forEachNode((id) => {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) return;
    const p = pos(id);
    const r = radius(d.size);
    nodes.push(`<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${n(r)}" fill="${esc(d.color)}"><title>${esc(d.label ?? id)}</title></circle>`);
    if (d.label) labels.push(`<text x="${n(p.x + r + 3)}" y="${n(p.y + 4)}" class="node-label">${esc(d.label)}</text>`);
  });

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs>${[...markers.values()].join('')}<style>.node-label{font:500 12px system-ui,sans-serif;fill:#1f2328}.edge-label{font:600 11px system-ui,sans-serif;fill:#3d444d;text-anchor:middle}</style></defs>`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    `<g class="labels">${labels.join('')}</g>`,
    '</svg>',
  ].join('\n');
}
