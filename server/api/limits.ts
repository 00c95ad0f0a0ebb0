// A counting semaphore for expensive endpoints: past the cap a request is refused at once with 429
// instead of queueing behind queries that may each run for seconds.
import { ApiError } from './errors';

export class ConcurrencyLimit {
  private active = 0;
  constructor(private readonly max: number, private readonly what: string) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) {
      throw new ApiError(429, 'TOO_MANY_REQUESTS', `Too many ${this.what} running at once (at most ${this.max}); try again in a moment`);
    }
    this.active += 1;
    try {
      return await work();
    } finally {
      this.active -= 1;
    }
  }
}
