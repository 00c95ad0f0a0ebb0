import { appDurationMs, serverTimingValue } from './timing';

describe('Server-Timing', () => {
  it('formats the time the API held the request', () => {
    expect(serverTimingValue(100, 112.345)).toBe('app;dur=12.3;desc="in the API"');
  });

  it('says nothing for a request that was never timed', () => {
    expect(serverTimingValue(undefined, 5)).toBeUndefined();
  });

  it('reads its own header back', () => {
    expect(appDurationMs(serverTimingValue(0, 7.25))).toBeCloseTo(7.3, 5);
  });

  it('finds the app entry among others, in any position', () => {
    expect(appDurationMs('cache;desc="hit", app;dur=3.5')).toBe(3.5);
    expect(appDurationMs(['db;dur=2', 'app;desc="x";dur=9'])).toBe(9);
  });

  it('is undefined without an app entry', () => {
    expect(appDurationMs(undefined)).toBeUndefined();
    expect(appDurationMs('db;dur=2')).toBeUndefined();
    expect(appDurationMs('application;dur=2')).toBeUndefined();
  });
});
