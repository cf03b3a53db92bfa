/**
 * A per-address budget of recordings per window, kept in this process's memory (each app instance
 * counts on its own: the bound is per instance). At most `maxAddresses` addresses are tracked;
 * when full, the oldest window is forgotten first.
 */
export class RecordingBudget {
  private windows = new Map<string, { start: number; used: number }>();

  constructor(
    private readonly perWindow = 120,
    private readonly windowMs = 10 * 60_000,
    private readonly maxAddresses = 10_000,
  ) {}

  /** Spends one recording of `address` at `now`; false when its budget for the window is spent. */
  take(address: string, now = Date.now()): boolean {
    let w = this.windows.get(address);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.delete(address);
      if (this.windows.size >= this.maxAddresses) this.windows.delete(this.windows.keys().next().value!);
      w = { start: now, used: 0 };
      this.windows.set(address, w);
    }
    if (w.used >= this.perWindow) return false;
    w.used++;
    return true;
  }
}

/** The budget shared by the two recording endpoints of this process. */
export const recordingBudget = new RecordingBudget();
