import type { AlertRule, AlertState } from '@/db/schema';
import type { CheckStatus } from '@/checks/types';
import type { RunOutcome } from '@/checks/runner';
import { pushRecent, transitions } from './recent';

/**
 * The alert state machine, pure: one state (one rule and record) takes one verdict at a moment and
 * comes out with its next fields and the events to record. No clock, no database: the sweep, the
 * simulation and the tests drive it alike.
 *
 * normal → pending (bad runs < pendingRuns) → firing (`fired`) → `repeated` every repeatMinutes, at
 * most maxRepeats, while red, sent and not acknowledged → `escalated` to the second contact after
 * escalateAfterMinutes unacknowledged → `resolved` after recoverRuns good runs (only when the firing
 * was sent; otherwise back to normal without a word). Flapping (flapTransitions changes within the
 * last flapWindow verdicts) sends one `flapping` and stays quiet until the window holds no change;
 * then the normal rules take over from the streaks. An errored run (the check threw or hit its time
 * limit) counts as bad with onError `bad` and changes nothing with `keep`; a sweep without a run
 * for the record (null) only moves the timers. An acknowledged alert sends no repeat, no
 * escalation and no held-back firing; its resolved still goes out if its firing did.
 *
 * Nothing may be sent while a silence matches or outside the rule's grid. Then:
 * - a firing is recorded as `suppressed:silence` / `suppressed:window` (a flapping too: it is not
 *   sent later); the state is firing with `firingSent` false, and the `fired` goes out at the first sweep where sending is
 *   allowed again while it is still firing, unacknowledged and not recovered (the window opens, the
 *   silence ends); repeats and escalation count from that moment;
 * - a recovery after a sent firing is recorded as suppressed and the state stays firing (green)
 *   until the `resolved` can be sent, so a recipient who heard the firing always hears the end;
 *   a bad run before that continues the same alert. An until-green silence does not hold a resolved
 *   back (it ends at green);
 * - repeats and the escalation wait: the first one due goes out when sending is allowed again.
 * A `resolved` never goes out without a sent firing (`firingSent`).
 */

/** What one run says about a state: bad (at or above the rule's lowest status), good, or an errored run. */
export type Verdict = 'good' | 'bad' | 'error';

/** The state fields the machine reads and writes (a row of alert_states, without ids). */
export type MachineState = Pick<
  AlertState,
  | 'state'
  | 'since'
  | 'redSince'
  | 'badStreak'
  | 'goodStreak'
  | 'recent'
  | 'firingSent'
  | 'repeats'
  | 'nextRepeatAt'
  | 'escalateAt'
  | 'escalated'
  | 'ackedBy'
  | 'ackedAt'
>;

/** The rule fields the machine reads. */
export type MachineRule = Pick<
  AlertRule,
  | 'minStatus'
  | 'pendingRuns'
  | 'recoverRuns'
  | 'repeatMinutes'
  | 'maxRepeats'
  | 'escalateContactId'
  | 'escalateAfterMinutes'
  | 'onError'
  | 'flapWindow'
  | 'flapTransitions'
>;

export interface AdvanceContext {
  /** A silence matches this rule and record now. */
  silenced: boolean;
  /** Every matching silence ends when the state turns green (`untilGreen`): it does not hold a resolved back. */
  untilGreen?: boolean;
  /** Inside the rule's grid (always true without a grid). */
  insideWindow: boolean;
}

/** The kinds of events the machine writes (`acked` is written by ackState, `test` by the contacts). */
export type MachineEventKind = 'pending' | 'fired' | 'repeated' | 'escalated' | 'flapping' | 'resolved' | 'suppressed:silence' | 'suppressed:window';

export interface MachineEvent {
  kind: MachineEventKind;
  /** For a suppressed event: what would have been sent. */
  suppressed?: 'fired' | 'flapping' | 'resolved';
  /** For `repeated`: which repeat (1-based). */
  repeat?: number;
  /** For `escalated`: the minutes nobody acknowledged. */
  escalatedAfterMinutes?: number;
}

export interface Advanced {
  state: MachineState;
  events: MachineEvent[];
}

/** A fresh state: normal since `now`. */
export function initialState(now: Date): MachineState {
  return {
    state: 'normal',
    since: now,
    redSince: null,
    badStreak: 0,
    goodStreak: 0,
    recent: '',
    firingSent: false,
    repeats: 0,
    nextRepeatAt: null,
    escalateAt: null,
    escalated: false,
    ackedBy: null,
    ackedAt: null,
  };
}

/**
 * A run's verdict for a rule: an errored or timed-out run is `error` (the rule's onError decides
 * what it counts as); otherwise `bad` when its status is at or above the rule's lowest status
 * (`warn`: warn or fail; `fail`: only fail).
 */
export function verdictOf(status: CheckStatus, outcome: RunOutcome, minStatus: MachineRule['minStatus']): Verdict {
  if (outcome !== 'result') return 'error';
  return status === 'fail' || (status === 'warn' && minStatus === 'warn') ? 'bad' : 'good';
}

const plusMinutes = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

/** The timers of a firing that was just sent (or resumed after flapping). */
function armTimers(s: MachineState, rule: MachineRule, now: Date): void {
  s.nextRepeatAt = rule.repeatMinutes && s.repeats < rule.maxRepeats && !s.ackedAt ? plusMinutes(now, rule.repeatMinutes) : null;
  s.escalateAt = rule.escalateContactId && rule.escalateAfterMinutes && !s.escalated && !s.ackedAt ? plusMinutes(now, rule.escalateAfterMinutes) : null;
}

function suppression(ctx: AdvanceContext, what: NonNullable<MachineEvent['suppressed']>): MachineEvent {
  return { kind: ctx.silenced ? 'suppressed:silence' : 'suppressed:window', suppressed: what };
}

/** Back to normal: the alert is over (resolved, or never sent). */
function toNormal(s: MachineState, now: Date): void {
  Object.assign(s, {
    state: 'normal',
    since: now,
    redSince: null,
    firingSent: false,
    repeats: 0,
    nextRepeatAt: null,
    escalateAt: null,
    escalated: false,
    ackedBy: null,
    ackedAt: null,
  } satisfies Partial<MachineState>);
}

/**
 * Advances one state by one verdict (or none: `null` when this sweep has no run for the record, so
 * only the timers move) at `now`. Returns a new state object; the input is not changed.
 */
export function advance(prev: MachineState, rule: MachineRule, verdict: Verdict | null, now: Date, ctx: AdvanceContext): Advanced {
  const s: MachineState = { ...prev };
  const events: MachineEvent[] = [];
  const canSend = !ctx.silenced && ctx.insideWindow;
  // An until-green silence does not hold back the resolved message: it ends at green.
  const canResolve = ctx.insideWindow && (!ctx.silenced || !!ctx.untilGreen);
  const counted: 'good' | 'bad' | null = verdict === 'error' ? (rule.onError === 'bad' ? 'bad' : null) : verdict;
  const recovered = (x: MachineState) => x.state === 'firing' && x.goodStreak >= rule.recoverRuns;
  const wasRecovered = recovered(prev);

  if (counted) {
    if (counted === 'bad') {
      s.badStreak += 1;
      s.goodStreak = 0;
      s.redSince ??= now;
    } else {
      s.goodStreak += 1;
      s.badStreak = 0;
    }
    s.recent = pushRecent(s.recent, counted === 'bad' ? 'b' : 'g', rule.flapWindow);
  }

  // Flapping: one message when it starts, then quiet until the window holds no change.
  if (counted && s.state !== 'flapping' && transitions(s.recent) >= rule.flapTransitions) {
    s.state = 'flapping';
    s.since = now;
    s.nextRepeatAt = null;
    s.escalateAt = null;
    events.push(canSend ? { kind: 'flapping' } : suppression(ctx, 'flapping'));
    return { state: s, events };
  }
  if (s.state === 'flapping') {
    if (!(counted && s.recent.length >= rule.flapWindow && transitions(s.recent) === 0)) return { state: s, events };
    // Stable again: the normal rules take over from the streaks.
    s.state = s.firingSent ? 'firing' : s.badStreak > 0 ? 'pending' : 'normal';
    s.since = now;
    if (s.state === 'normal') s.redSince = null;
    if (s.state === 'firing' && s.badStreak > 0) armTimers(s, rule, now);
  }

  if (counted === 'bad') {
    if (s.state === 'normal' || s.state === 'pending') {
      if (s.badStreak >= rule.pendingRuns) {
        s.state = 'firing';
        s.since = now;
        s.firingSent = false;
        s.repeats = 0;
        if (canSend) {
          events.push({ kind: 'fired' });
          s.firingSent = true;
          armTimers(s, rule, now);
        } else events.push(suppression(ctx, 'fired'));
      } else if (s.state === 'normal') {
        s.state = 'pending';
        s.since = now;
        events.push({ kind: 'pending' });
      }
    } else if (s.state === 'firing' && wasRecovered && s.firingSent) {
      // Red again while its resolved was held back: the same alert goes on.
      armTimers(s, rule, now);
    }
  } else if (counted === 'good') {
    if (s.state === 'pending') {
      s.state = 'normal';
      s.since = now;
      s.redSince = null;
    }
  }

  if (s.state === 'firing') {
    if (recovered(s)) {
      if (!s.firingSent) toNormal(s, now);
      else if (canResolve) {
        events.push({ kind: 'resolved' });
        toNormal(s, now);
      } else if (!wasRecovered) {
        events.push(suppression(ctx, 'resolved'));
        s.nextRepeatAt = null;
        s.escalateAt = null;
      }
    } else if (!s.firingSent) {
      // Held back by a silence or the grid: sent as soon as it may be, unless someone acknowledged it.
      if (canSend && !s.ackedAt) {
        events.push({ kind: 'fired' });
        s.firingSent = true;
        armTimers(s, rule, now);
      }
    } else if (canSend && !s.ackedAt) {
      if (s.escalateAt && now >= s.escalateAt && !s.escalated) {
        events.push({ kind: 'escalated', escalatedAfterMinutes: rule.escalateAfterMinutes ?? 0 });
        s.escalated = true;
        s.escalateAt = null;
      }
      if (s.nextRepeatAt && now >= s.nextRepeatAt && s.repeats < rule.maxRepeats) {
        s.repeats += 1;
        events.push({ kind: 'repeated', repeat: s.repeats });
        s.nextRepeatAt = s.repeats < rule.maxRepeats && rule.repeatMinutes ? plusMinutes(now, rule.repeatMinutes) : null;
      }
    }
  }
  return { state: s, events };
}

/** Acknowledges a firing state: no more repeats, no escalation; the resolved still comes. */
export function acknowledge(prev: MachineState, by: number | null, now: Date): MachineState {
  return { ...prev, ackedBy: by, ackedAt: now, nextRepeatAt: null, escalateAt: null };
}
