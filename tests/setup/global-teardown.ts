import fs from 'node:fs';
import { testEnvFile } from './test-env';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__NEWSGRAPH_NEO4J__?.stop();
  fs.rmSync(testEnvFile(), { force: true });
}
