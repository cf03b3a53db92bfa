import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface HistoryPoint {
  at: string;
  status: 'ok' | 'warn' | 'fail';
  durationMs: number;
}

const COLORS = { ok: '#1a7f37', warn: '#9a6700', fail: '#cf222e' } as const;

/** A small uPlot chart of a check's runs: duration over time, one colored series per status. */
export default function HistoryChart({ points, title }: { points: HistoryPoint[]; title: string }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current || points.length === 0) return;
    const sorted = [...points].sort((a, b) => a.at.localeCompare(b.at));
    const xs = sorted.map((p) => new Date(p.at).getTime() / 1000);
    const series = (s: keyof typeof COLORS) => sorted.map((p) => (p.status === s ? p.durationMs : null));
    const plot = new uPlot(
      {
        width: Math.min(560, el.current.clientWidth || 560),
        height: 140,
        title,
        legend: { show: true, live: false },
        scales: { x: { time: true } },
        axes: [{ stroke: '#888', grid: { stroke: '#8883' } }, { stroke: '#888', grid: { stroke: '#8883' }, label: 'ms' }],
        series: [
          {},
          ...(['ok', 'warn', 'fail'] as const).map((s) => ({ label: s, stroke: COLORS[s], width: 0, points: { show: true, size: 7, fill: COLORS[s], stroke: COLORS[s] } })),
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
  }, [points, title]);
  return <div ref={el} class="omni-history-chart" data-points={points.length} />;
}
