import fs from 'node:fs';
import { testEnvFile } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const managed = globalThis.__NEWSGRAPH_NEO4J__;
  await managed?.stop();
  if (managed) fs.rmSync(managed.home, { recursive: true, force: true });
  fs.rmSync(testEnvFile(), { force: true });
}
