// npm run extract -- <file.txt> [--date YYYY-MM-DD] [--json]
// Plain UTF-8 text in; a readable table out, or with --json one JSON array of ExtractedRelation.
// The date defaults to the one in seeds/articles/articles.json when the file is a seed article.
// Errors are one line on stderr and exit code 2.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ArticlesFile } from '../graph/seed-files';
import { extractRelations, isIsoDate } from '../ingest/extract/extract';
import { loadLexicon } from '../ingest/extract/lexicon-load';
import type { ExtractedRelation } from '../ingest/extract/types';

class UsageError extends Error {}

const USAGE = 'usage: npm run extract -- <file.txt> [--date YYYY-MM-DD] [--json]';

interface Args {
  file: string;
  date: string | null;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  let file: string | null = null;
  let date: string | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--date') {
      const v = argv[++i];
      if (!v) throw new UsageError(`--date needs a value. ${USAGE}`);
      date = v;
    } else if (a.startsWith('--date=')) date = a.slice('--date='.length);
    else if (a === '--help' || a === '-h') throw new UsageError(USAGE);
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}. ${USAGE}`);
    else if (file === null) file = a;
    else throw new UsageError(`one file at a time. ${USAGE}`);
  }
  if (!file) throw new UsageError(`no input file. ${USAGE}`);
  if (date !== null && !isIsoDate(date)) throw new UsageError(`bad date "${date}": expected a real date as YYYY-MM-DD`);
  return { file, date, json };
}

function readUtf8(file: string): string {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  if (!statSync(file).isFile()) throw new UsageError(`not a file: ${file}`);
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${file} is not valid UTF-8 text`);
  }
}

function seedDate(file: string): string | null {
  const meta = join(process.cwd(), 'seeds', 'articles', 'articles.json');
  if (!existsSync(meta)) return null;
  const parsed = ArticlesFile.safeParse(JSON.parse(readFileSync(meta, 'utf8')));
  if (!parsed.success) return null;
  const abs = resolve(file);
  const hit = parsed.data.find((a) => resolve(join(process.cwd(), 'seeds', 'articles', a.file)) === abs || a.file === basename(file));
  return hit?.date ?? null;
}

function table(rels: ExtractedRelation[]): string {
  if (rels.length === 0) return '(no relations)';
  const rows = rels.map((r) => [
    String(r.sentence.index), r.subject.name, r.type, r.object.name, r.modality + (r.attribution ? ` (${r.attribution})` : ''),
    r.date ?? '', r.confidence.toFixed(2) + (r.inferred ? '*' : ''), r.trigger.text,
  ]);
  const head = ['sent', 'subject', 'type', 'object', 'modality', 'date', 'conf', 'trigger'];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const fmt = (r: string[]) => r.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt), '', `${rels.length} relations (* = an argument was inferred)`].join('\n');
}

function main(): number {
  try {
    const args = parseArgs(process.argv.slice(2));
    const text = readUtf8(args.file);
    const date = args.date ?? seedDate(args.file);
    if (!date) throw new UsageError(`${args.file} is not a seed article: give its publication date with --date YYYY-MM-DD`);
    const rels = extractRelations(text, { articleDate: date, lexicon: loadLexicon() });
    console.log(args.json ? JSON.stringify(rels, null, 2) : table(rels));
    return 0;
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return e instanceof UsageError ? 2 : 1;
  }
}

process.exitCode = main();
