import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { agentFor, closedLoop, httpCaller } from './loadgen';

describe('load generator', () => {
  let server: http.Server;
  let base = '';
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/timed') res.setHeader('Server-Timing', 'app;dur=4.5;desc="in the API"');
      if (req.url === '/fail') {
        res.writeHead(413, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'QUERY_MEMORY_LIMIT', message: 'x' } }));
        return;
      }
      res.end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => { await new Promise((r) => server.close(r)); });

  const window = { warmupMs: 20, durationMs: 60, minRequests: 5, maxMs: 2_000 };

  it("records the server's own time when it sends Server-Timing", async () => {
    const agent = agentFor(2);
    const r = await closedLoop(2, window, httpCaller(base, { method: 'GET', path: '/timed' }, agent));
    agent.destroy();
    expect(r.latencies.length).toBeGreaterThanOrEqual(5);
    expect(r.serverMs.length).toBe(r.latencies.length);
    expect(new Set(r.serverMs)).toEqual(new Set([4.5]));
    expect(r.errors).toBe(0);
  });

  it('records no server time when the server sends none', async () => {
    const agent = agentFor(1);
    const r = await closedLoop(1, window, httpCaller(base, { method: 'GET', path: '/plain' }, agent));
    agent.destroy();
    expect(r.latencies.length).toBeGreaterThanOrEqual(5);
    expect(r.serverMs).toEqual([]);
  });

  it('counts failures with their error code', async () => {
    const agent = agentFor(1);
    const r = await closedLoop(1, window, httpCaller(base, { method: 'GET', path: '/fail' }, agent));
    agent.destroy();
    expect(r.errors).toBe(r.latencies.length);
    expect(Object.keys(r.statuses)).toEqual(['413 QUERY_MEMORY_LIMIT']);
  });

  it('takes plain status strings from in-process calls', async () => {
    const r = await closedLoop(1, window, async () => 'ok');
    expect(r.errors).toBe(0);
    expect(r.serverMs).toEqual([]);
    expect(r.statuses.ok).toBe(r.latencies.length);
  });
});
