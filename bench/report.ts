// Turns a run's results into the terminal tables (the same ones BENCHMARKS.md shows).
import { formatTable } from '../server/cli/table';
import { sizeLabel } from './args';
import { fmt, median } from './stats';
import { judge } from './targets';
import type { BenchResult } from './types';

export function renderReport(r: BenchResult): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`newsgraph benchmarks — ${r.startedAt}${r.smoke ? ' (SMOKE: tiny sizes, 1 run, not judged)' : ''}`);
  out.push(`machine: ${m.cores} × ${m.cpus}, ${m.memGiB} GiB, Node ${m.node}; load average ${m.loadavgStart.map((x) => x.toFixed(2)).join(' ')} → ${m.loadavgEnd.map((x) => x.toFixed(2)).join(' ')}; ${fmt(r.seconds)} s`);

  const loads = r.sizes.filter((s) => s.load);
  if (loads.length) {
    const names = [...new Set(loads.flatMap((s) => Object.keys(s.load!.variants)))].sort((a, b) => (a === 'loader' ? -1 : b === 'loader' ? 1 : Number(a.slice(5)) - Number(b.slice(5))));
    out.push('\nLoad (relations/s, median; each run loads every variant into the same emptied database)');
    const trendOf = (s: (typeof loads)[number], n: string) => {
      const rs = s.load!.variants[n]?.runs ?? [];
      return rs.length && rs[0]!.startRelPerSec !== undefined ? `${fmt(median(rs.map((x) => x.startRelPerSec)))} → ${fmt(median(rs.map((x) => x.endRelPerSec)))}` : 'n/a';
    };
    out.push(formatTable(['size', 'runs', ...names, 'loader ÷ bare-1000', 'loader first→last fifth', 'bare-1000 first→last fifth', 'complete'], loads.map((s) => [
      sizeLabel(s.relations), s.load!.runs,
      ...names.map((n) => `${n === 'loader' && s.load!.loaderCapped ? '≤ ' : ''}${fmt(s.load!.variants[n]?.medianRelPerSec)}`),
      `${s.load!.loaderCapped ? '≤ ' : ''}${fmt(s.load!.ratioVsBare1000)}`, trendOf(s, 'loader'), trendOf(s, 'bare-1000'), s.load!.complete ? 'yes' : 'NO',
    ])));
    if (loads.some((s) => s.load!.loaderCapped)) out.push('≤: the project\'s loader was stopped at the time cap (--loader-cap-s); its rate only falls as the database grows, so the figure is an upper bound.');
  }

  const apis = r.sizes.filter((s) => s.api);
  if (apis.length) {
    out.push('\nAPI (ms; API = HTTP to the server process, direct = same queries in-process through the driver; ratio = median of per-run API÷direct p50;');
    out.push('in server = p50 of the time the server held each request (its Server-Timing header), so ratio − in-server ratio is the HTTP hop between processes)');
    out.push(formatTable(['size', 'endpoint', 'conns', 'p50', 'p95', 'p99', 'req/s', 'in server p50', 'direct p50', 'direct req/s', 'ratio', 'in-server ratio', 'errors'], apis.flatMap((s) => s.api!.map((a) => [
      sizeLabel(s.relations), a.endpoint, a.connections, fmt(a.api.p50), fmt(a.api.p95), fmt(a.api.p99), fmt(a.api.rps), fmt(a.api.serverP50), fmt(a.direct.p50), fmt(a.direct.rps), fmt(a.ratioP50), fmt(a.serverRatioP50), a.api.errors,
    ])), 40));
    if (apis.length > 1) {
      out.push('\nGrowth (API p50 at 1 connection, ms, by size)');
      const eps = [...new Set(apis.flatMap((s) => s.api!.map((a) => a.endpoint)))];
      out.push(formatTable(['endpoint', ...apis.map((s) => sizeLabel(s.relations)), 'last ÷ first'], eps.map((e) => {
        const vals = apis.map((s) => s.api!.find((a) => a.endpoint === e && a.connections === 1)?.api.p50 ?? NaN);
        return [e, ...vals.map((v) => fmt(v)), fmt(vals[vals.length - 1]! / vals[0]!)];
      })));
    }
  }

  const sized = r.sizes.filter((s) => s.hubDepth2 || s.memory.jvmPeakMiB);
  if (sized.length) {
    out.push('\nPer size: depth-2 hub subgraph and peak memory (VmHWM)');
    out.push(formatTable(['size', 'entities', 'articles', 'hub', 'hub d2 edges', 'truncated', 'hub d2 ms', 'server MiB', 'JVM MiB', 'heap/pagecache', 'size s'], sized.map((s) => [
      sizeLabel(s.relations), s.entities, s.articles, s.seeds?.hub ?? '', s.hubDepth2?.edges ?? 'n/a', s.hubDepth2 ? String(s.hubDepth2.truncated) : 'n/a', fmt(s.hubDepth2?.ms),
      s.memory.serverPeakMiB ?? 'n/a', s.memory.jvmPeakMiB ?? 'n/a', `${s.memory.heap}/${s.memory.pagecache}`, fmt(s.seconds),
    ])));
  }

  if (r.client) {
    out.push(`\nClient (headless Chromium, SwiftShader WebGL, 1280×800; graph = a seeded degree-weighted sample of the ${sizeLabel(r.client.dbRelations)} database's entities and the strongest relations among them, 2.5 per node)`);
    out.push('frame = median of frames rendered while the camera moves, each waited for to the end; pan step = median wall time of one mouse step of a drag');
    // Older result files have no pan step figure.
    const step = (p: { panStepMs?: number } | null) => (p?.panStepMs === undefined ? 'n/a' : fmt(p.panStepMs));
    out.push('app frame after 3 s quiet / panels hidden = the same frames again after 3 s without input, then with everything but the graph canvas hidden (diagnostics)');
    out.push(formatTable(['nodes', 'edges', 'bare first frame ms', 'bare frame ms', 'bare pan step ms', 'bare FA2 it/s', 'app first frame ms', 'app frame ms', 'app frame, 3 s quiet', 'app frame, panels hidden', 'app pan step ms', 'app FA2 it/s', 'app ÷ bare frame'], r.client.rows.map((c) => [
      c.nodes, c.edges, fmt(c.bare?.firstFrameMs), fmt(c.bare?.frameMs), step(c.bare), fmt(c.bare?.fa2PerSec),
      c.app ? fmt(c.app.firstFrameMs) : c.appNote ?? 'n/a', c.app ? fmt(c.app.frameMs) : '', c.app ? fmt(c.app.frameSettledMs) : '', c.app ? fmt(c.app.frameUiHiddenMs) : '', c.app ? step(c.app) : '', c.app ? fmt(c.app.fa2PerSec) : '', fmt(c.ratioFrame),
    ]), 70));
    const unpanned = r.client.rows.filter((c) => (c.bare && !c.bare.panned) || (c.app && !c.app.panned));
    if (unpanned.length) out.push(`warning: the drag did not move the camera at ${unpanned.map((c) => c.nodes).join(', ')} nodes; frame times there are idle frames`);
    // Older result files have no panSteps: read them as complete pans.
    const cut = r.client.rows.filter((c) => (c.bare?.panSteps ?? 60) < 60 || (c.app?.panSteps ?? 60) < 60);
    if (cut.length) out.push(`warning: the pan ran out of its time budget at ${cut.map((c) => c.nodes).join(', ')} nodes; the page could not keep up with the mouse there`);
  }
  if (r.extraction) out.push(`\nExtraction: ${fmt(r.extraction.sentencesPerSecond)} sentences/s (${fmt(r.extraction.sentencesPerCpuSecond)} per CPU second), median of ${r.extraction.runs} × ${r.extraction.sentences} sentences`);
  if (r.benchPeakMiB) out.push(`Bench process peak RSS: ${r.benchPeakMiB} MiB`);

  if (!r.smoke) {
    out.push('\nTargets');
    out.push(formatTable(['target', 'verdict', 'detail'], judge(r).map((t) => [t.name, t.verdict, t.detail]), 400));
  }
  return out.join('\n');
}
