import { renderNeo4jConf } from './neo4j-conf';
import { decide, DEFAULT_POLICY, type SupervisionState } from './supervision';

const up: SupervisionState = { lastAliveAt: 1_000, longestTxMs: 0, running: true, failedRestarts: 0, lastFailureAt: 0 };
const p = { ...DEFAULT_POLICY, unresponsiveMs: 10_000, runawayMs: 20_000, backoffMs: [1_000, 5_000] };

describe('decide', () => {
  it('leaves a healthy server alone', () => {
    expect(decide(up, 5_000, p)).toEqual({ action: 'none' });
  });
  it('restarts a server that exited, at once the first time', () => {
    expect(decide({ ...up, running: false }, 5_000, p).action).toBe('restart');
  });
  it('backs off after failed restarts, the last wait repeating', () => {
    const failed = { ...up, running: false, failedRestarts: 1, lastFailureAt: 10_000 };
    expect(decide(failed, 10_500, p)).toEqual({ action: 'wait', untilMs: 11_000 });
    expect(decide(failed, 11_000, p).action).toBe('restart');
    const many = { ...failed, failedRestarts: 7 };
    expect(decide(many, 14_999, p)).toEqual({ action: 'wait', untilMs: 15_000 });
    expect(decide(many, 15_000, p).action).toBe('restart');
  });
  it('kills a server that stopped answering', () => {
    const d = decide(up, 1_000 + 10_001, p);
    expect(d.action).toBe('kill');
    expect(d.action === 'kill' && d.reason).toMatch(/not answered for 10 s/);
    expect(decide(up, 1_000 + 10_000, p).action).toBe('none');
  });
  it('kills a server running a transaction past every timeout, even if it answers', () => {
    const d = decide({ ...up, longestTxMs: 20_001 }, 2_000, p);
    expect(d.action).toBe('kill');
    expect(d.action === 'kill' && d.reason).toMatch(/run for 20 s/);
    expect(decide({ ...up, longestTxMs: 19_999 }, 2_000, p).action).toBe('none');
  });
  it('the default runaway limit lies past the transaction timeout the managed Neo4j is configured with', () => {
    const conf = renderNeo4jConf({ dataDir: 'd', logsDir: 'l', host: '127.0.0.1', boltPort: 7687, pagecache: '64m' });
    const seconds = Number(/^db\.transaction\.timeout=(\d+)s$/m.exec(conf)?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(DEFAULT_POLICY.runawayMs).toBeGreaterThan(seconds * 1000);
  });
});
