// Where the global setup tells the test files how to reach the Neo4j it started.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const TestEnv = z.object({ uri: z.string(), user: z.string(), password: z.string(), database: z.string(), pid: z.number().nullable() });
export type TestEnv = z.infer<typeof TestEnv>;

/** One file per test run (named by the global setup through the environment), so concurrent runs never share it. */
export const testEnvFile = () => process.env.NEWSGRAPH_TEST_ENV_FILE ?? path.join(process.cwd(), '.tmp', `test-env-${process.pid}.json`);

export function readTestEnv(): TestEnv {
  const file = testEnvFile();
  if (!fs.existsSync(file)) throw new Error('No test Neo4j: run the integration tests through jest (global setup starts it).');
  return TestEnv.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}
