// The time slider along the bottom: a two-thumb window over the days with relations, and a play
// button that replays the story day by day (the window's end moves; the start stays).
import { useEffect, useRef, useState } from 'react';
import { useExplorer, useUiState } from '../app/context';

const DAY = 86_400_000;
const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const toIso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export function DateSlider() {
  const explorer = useExplorer();
  const s = useUiState();
  const { min, max } = explorer.timeDomain();
  const [playing, setPlaying] = useState(false);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  useEffect(() => () => { if (timer.current) clearInterval(timer.current); }, []);
  useEffect(() => {
    if (!playing && timer.current) { clearInterval(timer.current); timer.current = null; }
  }, [playing]);

  if (!min || !max) return <div className="date-slider empty"><span className="muted small">No dated relations yet.</span></div>;
  const lo = toDay(min);
  const hi = Math.max(lo + 1, toDay(max));
  const from = s.filters.from ? Math.max(lo, Math.min(hi, toDay(s.filters.from))) : lo;
  const to = s.filters.to ? Math.max(lo, Math.min(hi, toDay(s.filters.to))) : hi;
  const pct = (d: number) => ((d - lo) / (hi - lo)) * 100;

  const setFrom = (d: number) => explorer.setFilters({ from: d <= lo ? null : toIso(Math.min(d, to)) });
  const setTo = (d: number) => explorer.setFilters({ to: d >= hi ? null : toIso(Math.max(d, from)) });

  const play = () => {
    if (playing) { setPlaying(false); return; }
    let day = to >= hi ? from : to;
    setPlaying(true);
    explorer.setFilters({ to: toIso(day) });
    timer.current = setInterval(() => {
      day += 1;
      if (day >= hi) {
        explorer.setFilters({ to: null });
        setPlaying(false);
        return;
      }
      explorer.setFilters({ to: toIso(day) });
    }, 450);
  };

  const ticks: number[] = [];
  const span = hi - lo;
  const step = span > 60 ? 30 : span > 20 ? 7 : 1;
  for (let d = lo; d <= hi; d += step) ticks.push(d);

  return (
    <div className="date-slider" aria-label="Date window">
      <button type="button" className="play" onClick={play} aria-label={playing ? 'Pause' : 'Replay over time'} title="Replay the relations day by day">{playing ? '❚❚' : '▶'}</button>
      <div className="range-label">
        <strong>{toIso(from)}</strong> → <strong>{toIso(to)}</strong>
      </div>
      <div className="dual-range">
        <div className="track" />
        <div className="track-on" style={{ left: `${pct(from)}%`, width: `${pct(to) - pct(from)}%` }} />
        {ticks.map((d) => <span key={d} className="tick" style={{ left: `${pct(d)}%` }} title={toIso(d)} />)}
        <input type="range" min={lo} max={hi} step={1} value={from} aria-label="From date" aria-valuetext={toIso(from)}
          onChange={(e) => setFrom(Number(e.target.value))} />
        <input type="range" min={lo} max={hi} step={1} value={to} aria-label="To date" aria-valuetext={toIso(to)}
          onChange={(e) => setTo(Number(e.target.value))} />
      </div>
      <button type="button" className="linklike small" onClick={() => explorer.setFilters({ from: null, to: null })} disabled={!s.filters.from && !s.filters.to}>all dates</button>
    </div>
  );
}
