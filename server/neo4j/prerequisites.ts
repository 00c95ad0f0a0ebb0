// Checks that Java 17+ and Maven exist before the managed Neo4j is fetched or started, so a user gets
// one clear sentence instead of a spawn ENOENT.
import { spawnSync } from 'node:child_process';

export class PrerequisiteError extends Error {}

export function javaMajorVersion(versionOutput: string): number | null {
  // `java -version` prints e.g. `openjdk version "17.0.15" 2025-04-15` or `"1.8.0_392"`.
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return null;
  const major = Number(m[1]);
  return major === 1 && m[2] ? Number(m[2]) : major;
}

export function checkPrerequisites(): void {
  const hint = 'or set NEO4J_URI to use a Neo4j server you already run.';
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new PrerequisiteError(`Java 17 or newer is required to run the managed Neo4j: install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless), ${hint}`);
  }
  const major = javaMajorVersion(`${java.stderr}${java.stdout}`);
  if (major !== null && major < 17) {
    throw new PrerequisiteError(`Java ${major} found, but Neo4j 5.26 needs Java 17 or newer: install it, ${hint}`);
  }
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new PrerequisiteError(`Maven is required to fetch Neo4j: install it (Debian/Ubuntu: apt-get install maven), ${hint}`);
  }
}
