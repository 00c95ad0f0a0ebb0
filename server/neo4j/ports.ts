import net from 'node:net';

/** Resolves to `preferred` when it is free on host, else to a port the OS picks. 0 means any. */
export async function freePort(host: string, preferred = 0): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, host, () => {
        const addr = srv.address();
        const p = typeof addr === 'object' && addr ? addr.port : null;
        srv.close(() => resolve(p));
      });
    });
  if (preferred > 0) {
    const p = await tryListen(preferred);
    if (p) return p;
  }
  const p = await tryListen(0);
  if (!p) throw new Error(`No free TCP port on ${host}`);
  return p;
}
