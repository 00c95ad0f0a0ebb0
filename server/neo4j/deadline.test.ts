import { DeadlineExceeded, withDeadline } from './deadline';

describe('withDeadline', () => {
  it('passes a value that comes in time', async () => {
    await expect(withDeadline(Promise.resolve(7), 1_000)).resolves.toBe(7);
  });

  it('passes an error that comes in time', async () => {
    await expect(withDeadline(Promise.reject(new Error('refused')), 1_000)).rejects.toThrow('refused');
  });

  it('gives up on a promise that never settles', async () => {
    const never = new Promise<number>(() => {});
    const t0 = Date.now();
    await expect(withDeadline(never, 50)).rejects.toBeInstanceOf(DeadlineExceeded);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(45);
  });

  it('swallows a rejection that arrives after the deadline', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const slow = new Promise<number>((_, reject) => setTimeout(() => reject(new Error('late')), 80));
      await expect(withDeadline(slow, 20)).rejects.toBeInstanceOf(DeadlineExceeded);
      await new Promise((r) => setTimeout(r, 150));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
