/**
 * The app's clock. Production reads the system time; with OMNI_TEST_CLOCK=1 (browser tests only)
 * an admin may move it forward through /api/test/clock to simulate midnight.
 */
let offsetMs = 0;

export const testClockEnabled = () => process.env.OMNI_TEST_CLOCK === '1';

/** Now, on the app's clock. */
export const now = () => new Date(Date.now() + offsetMs);

/** Moves the clock to `to` (test clock only); throws otherwise. */
export function setTestClock(to: Date): void {
  if (!testClockEnabled()) throw new Error('The test clock is disabled; set OMNI_TEST_CLOCK=1 (tests only).');
  offsetMs = to.getTime() - Date.now();
}
