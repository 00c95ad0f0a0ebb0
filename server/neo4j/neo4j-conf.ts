// Builds neo4j.conf for the managed server (pure, unit-tested).
export interface ManagedConfOptions {
  dataDir: string;
  logsDir: string;
  host: string;
  boltPort: number;
  pagecache: string;
}

export function renderNeo4jConf(o: ManagedConfOptions): string {
  const lines: Record<string, string> = {
    'server.directories.data': o.dataDir,
    'server.directories.logs': o.logsDir,
    'server.default_listen_address': o.host,
    'server.bolt.enabled': 'true',
    'server.bolt.listen_address': `${o.host}:${o.boltPort}`,
    'server.bolt.advertised_address': `${o.host}:${o.boltPort}`,
    'server.bolt.tls_level': 'DISABLED',
    // The product talks Bolt only; no HTTP endpoint to secure.
    'server.http.enabled': 'false',
    'server.https.enabled': 'false',
    'dbms.security.auth_enabled': 'true',
    // LOAD CSV may not read local files (the Cypher console refuses LOAD CSV too; this is the second lock).
    'dbms.security.allow_csv_import_from_file_urls': 'false',
    'dbms.security.procedures.unrestricted': '',
    'server.memory.pagecache.size': o.pagecache,
    'dbms.usage_report.enabled': 'false',
    'db.logs.query.enabled': 'OFF',
    // Bounded even for queries that forget their own timeout.
    'db.transaction.timeout': '120s',
    // A console query that builds huge intermediate results fails alone instead of starving the server.
    'db.memory.transaction.max': '512m',
  };
  return `${Object.entries(lines).map(([k, v]) => `${k}=${v}`).join('\n')}\n`;
}
