/**
 * A per-account budget of recordings per window, kept in this process's memory (each app instance
 * counts on its own: the bound is per instance). At most `maxKeys` accounts are tracked; when
 * full, the oldest window is forgotten first.
 */
export class RecordingBudget {
  private windows = new Map<string, { start: number; used: number }>();

  constructor(
    private readonly perWindow = 120,
    private readonly windowMs = 10 * 60_000,
    private readonly maxKeys = 10_000,
  ) {}

  /** Spends one recording of `key` at `now`; false when its budget for the window is spent. */
  take(key: string, now = Date.now()): boolean {
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.delete(key);
      if (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
      w = { start: now, used: 0 };
      this.windows.set(key, w);
    }
    if (w.used >= this.perWindow) return false;
    w.used++;
    return true;
  }
}

/** The budget shared by the two recording endpoints of this process, per signed-in account. */
export const recordingBudget = new RecordingBudget();
