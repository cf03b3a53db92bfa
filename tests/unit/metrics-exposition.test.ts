import { describe, expect, test } from 'vitest';
import { capPerKey, escapeLabel, exposition } from '@/health/exposition';
import { metricFamilies, type MetricsSnapshot } from '@/health/metrics';
import { SWEEP_LIMIT } from '@/health/swept-records';

const snapshot = (over: Partial<MetricsSnapshot> = {}): MetricsSnapshot => ({
  latest: [],
  totals: [],
  registered: 13,
  rules: [],
  deliveries: {},
  now: 1_800_000_100,
  ...over,
});

describe('the Prometheus text exposition', () => {
  test('escapes backslash, double quote and line feed in label values', () => {
    expect(escapeLabel('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd');
    const text = exposition([{ name: 'x_total', help: 'line one\nline \\ two', type: 'counter', samples: [{ labels: { check: 'we"ird\\\nid' }, value: 3 }] }]);
    expect(text).toBe('# HELP x_total line one\\nline \\\\ two\n# TYPE x_total counter\nx_total{check="we\\"ird\\\\\\nid"} 3\n');
  });

  test('leaves undefined labels out, writes special values as the format spells them, refuses invalid names', () => {
    const text = exposition([
      {
        name: 'g',
        help: 'h',
        type: 'gauge',
        samples: [
          { labels: { a: 'x', b: undefined }, value: 0.1234567 },
          { labels: {}, value: NaN },
          { labels: {}, value: Infinity },
        ],
      },
    ]);
    expect(text.split('\n').slice(2, 5)).toEqual(['g{a="x"} 0.123', 'g NaN', 'g +Inf']);
    expect(() => exposition([{ name: 'bad-name', help: '', type: 'gauge', samples: [] }])).toThrow(/invalid metric name/);
    expect(() => exposition([{ name: 'ok', help: '', type: 'gauge', samples: [{ labels: { 'bad-label': '1' }, value: 1 }] }])).toThrow(/invalid label name/);
  });

  test('capPerKey keeps the first `limit` of each key, in order', () => {
    const items = [...Array(30)].map((_, i) => ({ k: i % 2 ? 'odd' : 'even', i }));
    const kept = capPerKey(items, (t) => t.k, 4);
    expect(kept.map((t) => t.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('the /metrics families', () => {
  const many = [...Array(SWEEP_LIMIT + 15)].map((_, i) => ({
    checkId: 'survey-validity',
    recordKind: 'survey',
    recordId: String(i + 1),
    status: i === 2 ? ('fail' as const) : ('ok' as const),
    durationMs: 1500,
    at: 1_800_000_000,
  }));
  const text = exposition(
    metricFamilies(
      snapshot({
        latest: [{ checkId: 'license-count', status: 'warn', durationMs: 12, at: 1_800_000_040.5 }, ...many],
        totals: [{ checkId: 'license-count', status: 'warn', n: 7 }],
        rules: [{ ruleId: 4, enabled: true, states: { firing: 2 } }],
        deliveries: { sent: 5, queued: 1 },
      }),
    ),
  );
  const lines = (name: string) => text.split('\n').filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));

  test(`at most ${SWEEP_LIMIT} records per check, whatever the snapshot holds`, () => {
    expect(lines('omni_check_status').filter((l) => l.includes('check="survey-validity"'))).toHaveLength(SWEEP_LIMIT);
    expect(lines('omni_check_last_run_age_seconds')).toHaveLength(SWEEP_LIMIT + 1);
  });

  test('a no-input check by its id; a swept record by kind and id; status 0/1/2; age from the snapshot clock', () => {
    expect(lines('omni_check_status')).toContain('omni_check_status{check="license-count"} 1');
    expect(lines('omni_check_status')).toContain('omni_check_status{check="survey-validity",record_kind="survey",record_id="3"} 2');
    expect(lines('omni_check_status').filter((l) => l.endsWith(' 2'))).toEqual([
      'omni_check_status{check="survey-validity",record_kind="survey",record_id="3"} 2',
    ]);
    expect(lines('omni_check_up')).toContain('omni_check_up{check="survey-validity",record_kind="survey",record_id="3"} 0');
    expect(lines('omni_check_duration_seconds')).toContain('omni_check_duration_seconds{check="survey-validity",record_kind="survey",record_id="1"} 1.5');
    expect(lines('omni_check_last_run_timestamp_seconds')).toContain('omni_check_last_run_timestamp_seconds{check="license-count"} 1800000040.5');
    expect(lines('omni_check_last_run_age_seconds')).toContain('omni_check_last_run_age_seconds{check="license-count"} 59.5');
    expect(lines('omni_check_runs_total')).toEqual(['omni_check_runs_total{check="license-count",status="warn"} 7']);
    expect(lines('omni_checks_registered')).toEqual(['omni_checks_registered 13']);
  });

  test('alert states: every state of every rule, zeros included; deliveries by outcome', () => {
    expect(lines('omni_alert_state')).toEqual([
      'omni_alert_state{rule="4",state="normal"} 0',
      'omni_alert_state{rule="4",state="pending"} 0',
      'omni_alert_state{rule="4",state="firing"} 2',
      'omni_alert_state{rule="4",state="flapping"} 0',
    ]);
    expect(lines('omni_alert_deliveries_total')).toEqual(['omni_alert_deliveries_total{outcome="sent"} 5', 'omni_alert_deliveries_total{outcome="failed"} 0']);
    expect(lines('omni_alert_deliveries_queued')).toEqual(['omni_alert_deliveries_queued 1']);
    expect(text).toContain('# TYPE omni_alert_deliveries_total counter\n');
  });
});
