// The shape of one benchmark run's results (also the JSON file under bench-results/).
import type { ApiRow } from './api/run';
import type { ClientRow } from './client/run';
import type { LoadRun } from './load/run';

export interface LoadResult {
  runs: number;
  /** Median relations/s per variant ("loader", "bare-500" …) and every run's figure. */
  variants: Record<string, { medianRelPerSec: number; runs: LoadRun[] }>;
  /** Median of per-run loader ÷ bare-1000 ratios (both measured in the same run). */
  ratioVsBare1000: number | null;
  bestBare: string | null;
  /** Every relation in the database after each uncapped run. */
  complete: boolean;
  /** The project's loader hit the time cap in some run: its figure is an upper bound. */
  loaderCapped: boolean;
}

export interface SizeResult {
  relations: number;
  entities: number;
  articles: number;
  load: LoadResult | null;
  api: ApiRow[] | null;
  seeds: { hub: string; ordinary: string; other: string; searchText: string } | null;
  hubDepth2: { ms: number; status: number; edges: number; limit: number; truncated: boolean } | null;
  memory: { serverPeakMiB: number | null; jvmPeakMiB: number | null; heap: string; pagecache: string };
  seconds: number;
}

export interface Extraction { runs: number; sentences: number; sentencesPerSecond: number; sentencesPerCpuSecond: number }

export interface BenchResult {
  startedAt: string;
  seconds: number;
  smoke: boolean;
  machine: { cpus: string; cores: number; memGiB: number; node: string; loadavgStart: number[]; loadavgEnd: number[] };
  options: Record<string, unknown>;
  sizes: SizeResult[];
  client: { dbRelations: number; rows: ClientRow[] } | null;
  extraction: Extraction | null;
  benchPeakMiB: number | null;
}

export interface Target { name: string; verdict: 'PASS' | 'MISS' | 'not run' | 'n/a'; detail: string }
