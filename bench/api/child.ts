// Starts bench/api/serve.ts in its own process and waits for its port line.
import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { z } from 'zod';

const PortLine = z.object({ port: z.number().int().min(1).max(65535) });

export interface ApiChild { url: string; pid: number; proc: ChildProcess; stop(): Promise<void> }

export async function startApiChild(root: string, env: Record<string, string>): Promise<ApiChild> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'bench/api/serve.ts'], {
    cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const rl = readline.createInterface({ input: proc.stdout! });
    const timer = setTimeout(() => reject(new Error('the API child did not start within 60 s')), 60_000);
    rl.once('line', (l) => { clearTimeout(timer); try { resolve(PortLine.parse(JSON.parse(l)).port); } catch (e) { reject(e as Error); } });
    proc.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the API child exited (${code}) before listening`)); });
  });
  return {
    url: `http://127.0.0.1:${port}`, pid: proc.pid ?? 0, proc,
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(t);
    },
  };
}
