// Throughput benchmark for the lead's bench suite (not a test). The corpus is synthetic: the seed
// articles' sentences, drawn with a fixed seed and regrouped into articles of 30 sentences, so
// anaphora, quotes and deduplication run as they would on real text. The lexicon is built once and
// the JIT warmed up, both outside the timed section.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ArticlesFile } from '../../graph/seed-files';
import { extractRelations } from './extract';
import { loadLexicon } from './lexicon-load';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';
import { seededRandom } from '../../analytics/rng';

export interface BenchResult {
  sentences: number;
  /** Wall-clock seconds of the timed section. */
  seconds: number;
  sentencesPerSecond: number;
  /** CPU seconds (user + system) of this process in the timed section: steadier on a shared machine. */
  cpuSeconds: number;
  sentencesPerCpuSecond: number;
}


export function seedSentences(root = process.cwd()): { text: string; date: string }[] {
  const dir = join(root, 'seeds', 'articles');
  const articles = ArticlesFile.parse(JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')));
  const out: { text: string; date: string }[] = [];
  for (const a of articles) {
    const text = readFileSync(join(dir, a.file), 'utf8');
    for (const s of splitSentences(text, tokenize(text))) out.push({ text: s.text, date: a.date });
  }
  return out;
}

export function benchExtract(opts: { sentences?: number; perArticle?: number; warmupSentences?: number; root?: string } = {}): BenchResult {
  const target = opts.sentences ?? 20_000;
  const warmup = opts.warmupSentences ?? 6_000;
  const perArticle = opts.perArticle ?? 30;
  const root = opts.root ?? process.cwd();
  const lexicon = loadLexicon(join(root, 'seeds', 'lexicon'));
  const pool = seedSentences(root);
  const rand = seededRandom(20201008); // seeded: every run times the same corpus
  const articles: { text: string; date: string }[] = [];
  let count = 0;
  while (count < target) {
    const picked: string[] = [];
    for (let i = 0; i < perArticle && count < target; i++, count++) picked.push(pool[Math.floor(rand() * pool.length)]!.text);
    articles.push({ text: picked.join('\n'), date: pool[0]!.date });
  }
  // Warm up the JIT and the fold cache before timing: V8 needs a few thousand calls to optimise the
  // hot paths, and a cold start would measure the compiler, not the extractor.
  for (let done = 0, i = 0; done < warmup; done += perArticle, i = (i + 1) % articles.length) {
    extractRelations(articles[i]!.text, { articleDate: articles[i]!.date, lexicon });
  }
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let sentences = 0;
  for (const a of articles) {
    extractRelations(a.text, { articleDate: a.date, lexicon });
    sentences += a.text.split('\n').length;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { sentences, seconds, sentencesPerSecond: sentences / seconds, cpuSeconds, sentencesPerCpuSecond: sentences / cpuSeconds };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(benchExtract());
