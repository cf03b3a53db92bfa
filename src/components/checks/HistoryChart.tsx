import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { checkStrings } from '@/i18n/checks';
import { axisLabels, formatMoment, formatNumber } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';

export interface HistoryPoint {
  at: string;
  status: 'ok' | 'warn' | 'fail';
  durationMs: number;
}

const COLORS = { ok: '#1a7f37', warn: '#9a6700', fail: '#cf222e' } as const;
const STATUSES = ['ok', 'warn', 'fail'] as const;

/**
 * A small uPlot chart of a check's runs: duration over time, one colored series per status, named
 * in the page's language ("OK", "Atenção", "Falha"), dates in the organization's time zone (src/i18n/format-moment.ts).
 */
export default function HistoryChart({ points, title, lang, timeZone }: { points: HistoryPoint[]; title: string; lang: Lang; timeZone: string }) {
  const el = useRef<HTMLDivElement>(null);
  const t = checkStrings.in(lang);
  useEffect(() => {
    if (!el.current || points.length === 0) return;
    const sorted = [...points].sort((a, b) => a.at.localeCompare(b.at));
    const xs = sorted.map((p) => new Date(p.at).getTime() / 1000);
    const series = (s: keyof typeof COLORS) => sorted.map((p) => (p.status === s ? p.durationMs : null));
    const span = xs.length > 1 ? xs[xs.length - 1]! - xs[0]! : 0;
    const plot = new uPlot(
      {
        width: Math.min(560, el.current.clientWidth || 560),
        height: 140,
        title,
        legend: { show: true, live: false },
        // One run (or runs at one moment) has no span, and uPlot then picks a range of its own (years wide):
        // show an hour either side of it instead.
        scales: { x: span > 0 ? { time: true } : { time: true, auto: false, range: [xs[0]! - 3600, xs[0]! + 3600] } },
        axes: [
          {
            stroke: '#888',
            grid: { stroke: '#8883' },
            space: 90,
            values: (_u, splits) =>
              axisLabels(
                lang,
                timeZone,
                splits.map((s) => s * 1000),
              ),
          },
          { stroke: '#888', grid: { stroke: '#8883' }, label: 'ms', values: (_u, splits) => splits.map((s) => formatNumber(s, lang)) },
        ],
        series: [
          { label: t('health.when'), value: (_u, v) => (v == null ? '—' : formatMoment(new Date(v * 1000), lang, timeZone)) },
          ...STATUSES.map((s) => ({
            label: t(`status.${s}`),
            stroke: COLORS[s],
            width: 0,
            points: { show: true, size: 7, fill: COLORS[s], stroke: COLORS[s] },
          })),
        ],
      },
      [xs, series('ok'), series('warn'), series('fail')],
      el.current,
    );
    // Follow the container's width (a phone turned, a window resized), up to 560 px.
    const box = el.current;
    const resize = new ResizeObserver(() => {
      const width = Math.min(560, box.clientWidth || 560);
      if (width !== plot.width) plot.setSize({ width, height: 140 });
    });
    resize.observe(box);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [points, title, lang, timeZone]);
  return <div ref={el} class="omni-history-chart" role="figure" aria-label={t('health.historyRuns', { n: points.length })} data-points={points.length} />;
}
