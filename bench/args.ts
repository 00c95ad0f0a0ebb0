// argv → a plain record, then zod: every option is validated once, with one clear line per mistake.
import { z } from 'zod';
import { UsageError } from '../server/cli/run';

/** `--a 1 --b --c=x` → { a: '1', b: true, c: 'x' }; a lone value after a flag is its value. */
export function argRecord(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument "${a}"`);
    const eq = a.indexOf('=');
    if (eq > 0) { out[a.slice(2, eq)] = a.slice(eq + 1); continue; }
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) { out[a.slice(2)] = next; i++; } else out[a.slice(2)] = true;
  }
  return out;
}

export function parseArgs<S extends z.ZodType>(schema: S, argv: string[]): z.infer<S> {
  const r = schema.safeParse(argRecord(argv));
  if (!r.success) throw new UsageError(r.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  return r.data;
}

/** "10k" → 10000, "1M" → 1000000, "250" → 250. */
export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s.trim());
  if (!m) throw new Error(`"${s}" is not a size like 500, 10k or 1M`);
  const mult = m[2] === '' ? 1 : m[2]!.toLowerCase() === 'k' ? 1_000 : 1_000_000;
  return Math.round(Number(m[1]) * mult);
}

export const SizeArg = z.string().transform((s, ctx) => {
  try { return parseSize(s); } catch (e) { ctx.addIssue({ code: 'custom', message: (e as Error).message }); return z.NEVER; }
}).pipe(z.number().int().min(1).max(5_000_000));

export const SizeList = z.string().transform((s, ctx) => {
  try { return s.split(',').map((x) => parseSize(x)); } catch (e) { ctx.addIssue({ code: 'custom', message: (e as Error).message }); return z.NEVER; }
}).pipe(z.array(z.number().int().min(1).max(5_000_000)).min(1));

export function sizeLabel(n: number): string {
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${n / 1_000_000}M`;
  if (n >= 1_000 && n % 1_000 === 0) return `${n / 1_000}k`;
  return String(n);
}
