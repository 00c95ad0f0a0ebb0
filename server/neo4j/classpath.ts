// Resolves the Neo4j Community server jars from Maven Central with Maven itself (neo4j/pom.xml), and
// caches the resulting classpath. The first run downloads ~150 MB and shows progress; later runs read
// the cache and start in seconds.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';

/** Roughly how many jars neo4j/pom.xml resolves to; only used to size the first run's progress bar. */
const EXPECTED_JARS = 212;

export interface ClasspathOptions {
  root: string;
  dataDir: string;
  /** Show a progress bar on stderr while Maven downloads (default: when stderr is a TTY or in CI logs). */
  progress?: boolean;
}

function cachedClasspath(file: string, pom: string): string | null {
  if (!fs.existsSync(file)) return null;
  if (fs.statSync(file).mtimeMs < fs.statSync(pom).mtimeMs) return null;
  const cp = fs.readFileSync(file, 'utf8').trim();
  const jars = cp.split(path.delimiter).filter(Boolean);
  // A cleaned ~/.m2 invalidates the cache.
  if (jars.length === 0 || !jars.every((j) => fs.existsSync(j))) return null;
  return cp;
}

export async function resolveClasspath(opts: ClasspathOptions): Promise<string> {
  const pom = path.join(opts.root, 'neo4j', 'pom.xml');
  const out = path.join(opts.dataDir, 'neo4j', 'classpath.txt');
  const cached = cachedClasspath(out, pom);
  if (cached) return cached;
  fs.mkdirSync(path.dirname(out), { recursive: true });

  const showBar = opts.progress ?? true;
  const bar = showBar
    ? new cliProgress.SingleBar({
        format: 'Fetching Neo4j from Maven Central [{bar}] {value} jars, {mb} MB',
        stream: process.stderr,
        noTTYOutput: true,
        notTTYSchedule: 5000,
      }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(EXPECTED_JARS, 0, { mb: '0.0' });
  let jars = 0;
  let kb = 0;
  const tail: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${out}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      // "Downloaded from central: …/x.jar (123 kB at 4.5 MB/s)"
      const m = /^\[INFO\] Downloaded from [^:]+: \S+?\.(jar|pom) \(([\d.]+) (kB|MB|B)/.exec(line);
      if (m) {
        const n = Number(m[2]);
        kb += m[3] === 'MB' ? n * 1024 : m[3] === 'B' ? n / 1024 : n;
        if (m[1] === 'jar') jars += 1;
        bar?.update(Math.min(jars, EXPECTED_JARS), { mb: (kb / 1024).toFixed(1) });
      }
    };
    let buf = '';
    const feed = (chunk: Buffer) => {
      buf += chunk.toString('utf8');
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        onLine(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    };
    mvn.stdout.on('data', feed);
    mvn.stderr.on('data', feed);
    mvn.on('error', reject);
    mvn.on('close', (c) => resolve(c ?? 1));
  });
  if (bar) {
    bar.update(EXPECTED_JARS, { mb: (kb / 1024).toFixed(1) });
    bar.stop();
  }
  if (code !== 0 || !fs.existsSync(out)) {
    const errors = tail.filter((l) => l.includes('ERROR')).slice(0, 8).join('\n');
    throw new Error(`Maven could not resolve Neo4j (exit ${code}). Is Maven Central reachable?\n${errors}`);
  }
  return fs.readFileSync(out, 'utf8').trim();
}
