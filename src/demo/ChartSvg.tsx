// The demo's drawing of a chart Excel would show (compare adds one per sheet): grouped bars or columns in SVG,
// so a user without Excel sees it too. Values are labelled with the source cells' number format.
import type { ChartView } from "./chart-data";
import { displayValue } from "./number-display";

// Distinct on white and on the dark theme's background (each ≥ 3:1 against both, as axe wants for graphics).
const COLORS = ["#2b7bd6", "#d46a00", "#2e9e5b", "#a347c2", "#c23b52"];
const LABEL_CHARS = 30;

function short(s: string): string {
  return s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s;
}

export function ChartSvg({ view, id }: { view: ChartView; id: string }) {
  const values = view.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const min = Math.min(0, ...values),
    max = Math.max(0, ...values);
  const span = max - min || 1;
  const n = view.categories.length,
    k = view.series.length;
  const band = 14 * k + 10;
  const label = (v: number) => displayValue(v, view.numberFormat);
  const titleId = `${id}-title`;
  const legend = (
    <g transform="translate(10, 34)">
      {view.series.map((s, j) => (
        <g key={s.name} transform={`translate(${j * 150}, 0)`}>
          <rect width="10" height="10" fill={COLORS[j % COLORS.length]} />
          <text x="14" y="9" fontSize="11" fill="currentColor">
            {short(s.name)}
          </text>
        </g>
      ))}
    </g>
  );
  if (view.empty) {
    return (
      <svg role="img" aria-labelledby={titleId} width="360" height="56" className="chart">
        <title id={titleId}>{`${view.title}: tidak ada angka untuk digambar`}</title>
        <text x="10" y="20" fontSize="13" fontWeight="600" fill="currentColor">
          {view.title}
        </text>
        <text x="10" y="42" fontSize="11" fill="currentColor">
          Sumber bagan tidak berisi angka (teks atau kosong); tidak ada yang digambar.
        </text>
      </svg>
    );
  }
  if (view.horizontal) {
    const left = 200,
      plot = 320,
      top = 56;
    const x = (v: number) => left + ((v - min) / span) * plot;
    const height = top + n * band + 20;
    return (
      <svg
        role="img"
        aria-labelledby={titleId}
        width={left + plot + 80}
        height={height}
        className="chart"
      >
        <title id={titleId}>{view.title}</title>
        <text x="10" y="20" fontSize="13" fontWeight="600" fill="currentColor">
          {view.title}
        </text>
        {legend}
        <line
          x1={x(0)}
          x2={x(0)}
          y1={top - 4}
          y2={top + n * band}
          stroke="currentColor"
          strokeOpacity=".5"
        />
        {view.categories.map((c, i) => (
          <g key={i} transform={`translate(0, ${top + i * band})`}>
            <text x={left - 6} y={band / 2 + 4} fontSize="11" textAnchor="end" fill="currentColor">
              <title>{c}</title>
              {short(c)}
            </text>
            {view.series.map((s, j) => {
              const v = s.values[i];
              if (v === null || v === undefined) return null;
              const y = 5 + j * 14;
              return (
                <g key={j}>
                  <rect
                    x={Math.min(x(0), x(v))}
                    y={y}
                    width={Math.max(1, Math.abs(x(v) - x(0)))}
                    height="12"
                    fill={COLORS[j % COLORS.length]}
                  >
                    <title>{`${c} · ${s.name}: ${label(v)}`}</title>
                  </rect>
                  <text x={Math.max(x(0), x(v)) + 4} y={y + 10} fontSize="10" fill="currentColor">
                    {label(v)}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
    );
  }
  const left = 70,
    top = 56,
    plotH = 200,
    bottom = 60;
  const y = (v: number) => top + plotH - ((v - min) / span) * plotH;
  const width = left + n * band + 20;
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      width={Math.max(width, 360)}
      height={top + plotH + bottom}
      className="chart"
    >
      <title id={titleId}>{view.title}</title>
      <text x="10" y="20" fontSize="13" fontWeight="600" fill="currentColor">
        {view.title}
      </text>
      {legend}
      <line
        x1={left - 4}
        x2={left + n * band}
        y1={y(0)}
        y2={y(0)}
        stroke="currentColor"
        strokeOpacity=".5"
      />
      <text x={left - 8} y={top + 4} fontSize="10" textAnchor="end" fill="currentColor">
        {label(max)}
      </text>
      <text x={left - 8} y={y(0) + 4} fontSize="10" textAnchor="end" fill="currentColor">
        {label(0)}
      </text>
      {view.categories.map((c, i) => (
        <g key={i} transform={`translate(${left + i * band}, 0)`}>
          {view.series.map((s, j) => {
            const v = s.values[i];
            if (v === null || v === undefined) return null;
            return (
              <rect
                key={j}
                x={5 + j * 14}
                y={Math.min(y(0), y(v))}
                width="12"
                height={Math.max(1, Math.abs(y(v) - y(0)))}
                fill={COLORS[j % COLORS.length]}
              >
                <title>{`${c} · ${s.name}: ${label(v)}`}</title>
              </rect>
            );
          })}
          <text
            transform={`translate(${band / 2}, ${top + plotH + 12}) rotate(35)`}
            fontSize="10"
            fill="currentColor"
          >
            <title>{c}</title>
            {short(c).slice(0, 14)}
          </text>
        </g>
      ))}
    </svg>
  );
}
