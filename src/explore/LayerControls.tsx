import { useEffect, useId, useState } from 'react';
import type { Dataset } from '../data/schema';
import { layersInUse, yearRange } from '../graph/timeline';
import type { Lang } from '../data/lang';
import { format } from '../i18n/strings';
import { useAppStore } from '../store/store';
import './layers.css';

/** The controls' own words (loaded with them, not with the first view). */
const WORDS = {
  de: { layers: 'Ebenen', yearAsOf: 'Stand Ende {year}', yearPlay: 'Jahre abspielen', yearPause: 'Anhalten' },
  en: {
    layers: 'Layers',
    yearAsOf: 'As of the end of {year}',
    yearPlay: 'Play the years',
    yearPause: 'Pause',
  },
} as const satisfies Record<Lang, Record<string, string>>;

function useWords() {
  const lang = useAppStore((s) => s.lang);
  const words = WORDS[lang];
  return (key: keyof typeof words, values: Record<string, string | number> = {}) =>
    format(words[key], values);
}

/** How long the year slider rests on each year while it plays. */
const PLAY_MS = 450;

/**
 * The optional layers of the dataset (e.g. "Weiteres Bündnisnetz"), each a
 * visible switch, and, while a layer is on and its relations are dated, the
 * year slider with a play button: the network as it stood at the end of that year.
 * `layers=` and `until=` in the URL hold the same state (Share and Embed keep it).
 */
export function LayerControls({ dataset }: { dataset: Dataset }) {
  const w = useWords();
  const lang = useAppStore((s) => s.lang);
  const on = useAppStore((s) => s.layers);
  const until = useAppStore((s) => s.until);
  const toggleLayer = useAppStore((s) => s.toggleLayer);
  const setUntil = useAppStore((s) => s.setUntil);
  const layers = layersInUse(dataset);
  const range = yearRange(dataset, on);
  if (layers.length === 0) return null;
  return (
    <section className="layer-controls" aria-label={w('layers')} data-layer-controls>
      {layers.map((layer) => (
        <div key={layer.id} className="layer-item">
          <label className="layer-toggle" data-layer-toggle={layer.id}>
            <input
              type="checkbox"
              role="switch"
              checked={on.has(layer.id)}
              aria-checked={on.has(layer.id)}
              onChange={() => {
                // Leaving a layer leaves its timeline too.
                if (on.has(layer.id)) setUntil(null);
                toggleLayer(layer.id);
              }}
            />
            <span className="layer-name">{layer.label[lang]}</span>
          </label>
          {/* What the layer is (e.g. background, not from the article): said while it is shown. */}
          {layer.description && on.has(layer.id) && <p className="layer-note">{layer.description[lang]}</p>}
        </div>
      ))}
      {/* The timeline belongs to the layers: it shows while one is switched on. */}
      {on.size > 0 && range && range.min < range.max && (
        <YearSlider min={range.min} max={range.max} value={until ?? range.max} onChange={setUntil} />
      )}
    </section>
  );
}

interface YearSliderProps {
  min: number;
  max: number;
  value: number;
  onChange(year: number): void;
}

function YearSlider({ min, max, value, onChange }: YearSliderProps) {
  const w = useWords();
  const id = useId();
  const [playRequested, setPlayRequested] = useState(false);
  const year = Math.min(max, Math.max(min, value));
  // Playing stops by itself at the last year.
  const playing = playRequested && year < max;

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => onChange(year + 1), PLAY_MS);
    return () => window.clearTimeout(timer);
  }, [playing, year, onChange]);

  return (
    <div className="year-slider" data-year-slider>
      <label htmlFor={id} className="year-label">
        {w('yearAsOf', { year })}
      </label>
      <div className="year-row">
        <button
          type="button"
          className="year-play"
          data-action="play-years"
          aria-pressed={playing}
          aria-label={playing ? w('yearPause') : w('yearPlay')}
          title={playing ? w('yearPause') : w('yearPlay')}
          onClick={() => {
            if (playing) setPlayRequested(false);
            else {
              // From the start again when the end is reached.
              if (year >= max) onChange(min);
              setPlayRequested(true);
            }
          }}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={1}
          value={year}
          aria-valuetext={w('yearAsOf', { year })}
          data-until={year}
          onChange={(e) => {
            setPlayRequested(false);
            onChange(Number(e.target.value));
          }}
        />
      </div>
      <div className="year-ends" aria-hidden="true">
        <span>{min}</span>
        <span>{max}</span>
      </div>
    </div>
  );
}
