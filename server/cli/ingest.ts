// `npm run ingest -- <files…> [--date YYYY-MM-DD] [--source NAME]`: extract relations from Vietnamese
// articles and load them with provenance. Idempotent per article (content hash); one transaction per
// article, so a killed ingest leaves no half article; a progress bar and a summary.
import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/env';
import { isIsoDate } from '../ingest/extract/extract';
import { loadLexicon } from '../ingest/extract/lexicon-load';
import { commitArticle, isIngested, previewArticle } from '../ingest/ingest';
import { applySchema } from '../ingest/load';
import { readJsonFile } from '../ingest/read-seeds';
import { ArticlesFile } from '../graph/seed-files';
import { connect } from '../neo4j/connection';
import { onExit, runCli, UsageError } from './run';

const USAGE = 'usage: npm run ingest -- <file.txt …> [--date YYYY-MM-DD] [--source NAME]';

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let date: string | null = null;
  let source = 'unknown';
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a === '--date') date = argv[++i] ?? null;
    else if (a === '--source') source = argv[++i] ?? source;
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  if (files.length === 0) throw new UsageError(USAGE);
  if (date !== null && !isIsoDate(date)) throw new UsageError(`--date must be a real date YYYY-MM-DD, got "${date}"`);
  return { files, date, source };
}

runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  const cfg = loadConfig();
  // Seed articles know their own dates and sources; other files need --date.
  const seedMeta = new Map(readJsonFile(path.join(cfg.root, 'seeds', 'articles', 'articles.json'), ArticlesFile).map((m) => [m.file, m]));
  const inputs = args.files.map((file) => {
    let buf: Buffer;
    try { buf = fs.readFileSync(file); } catch (e) { throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`); }
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    const meta = seedMeta.get(path.basename(file));
    const date = args.date ?? meta?.date;
    if (!date) throw new UsageError(`${file}: give the publication date with --date YYYY-MM-DD (relative dates in the text resolve against it)`);
    const title = meta?.title ?? text.split('\n').find((l) => l.trim())?.trim().slice(0, 200) ?? path.basename(file);
    return { file, input: { text, title, date, source: meta?.source ?? args.source } };
  });

  const lexicon = loadLexicon(path.join(cfg.root, 'seeds', 'lexicon'));
  const conn = await connect(cfg, { log: (m) => console.error(m), progress: true, reuseRunning: true });
  onExit(() => conn.close());
  await applySchema(conn.db);
  console.error(`Ingesting ${inputs.length} article${inputs.length === 1 ? '' : 's'}…`);
  const bar = new cliProgress.SingleBar({ format: 'Ingesting [{bar}] {value}/{total} articles  {file}', stream: process.stderr, noTTYOutput: true }, cliProgress.Presets.shades_classic);
  bar.start(inputs.length, 0, { file: '' });
  let loaded = 0;
  let skipped = 0;
  let relations = 0;
  for (const { file, input } of inputs) {
    bar.update({ file: path.basename(file) });
    if (await isIngested(conn.db, input.text)) {
      skipped += 1;
    } else {
      const p = previewArticle(input, lexicon);
      relations += (await commitArticle(conn.db, input, p.relations, lexicon)).relations;
      loaded += 1;
    }
    bar.increment();
  }
  bar.stop();
  console.log(`Ingested ${loaded} article${loaded === 1 ? '' : 's'} with ${relations} relations; ${skipped} already in the graph (same content) skipped.`);
});
