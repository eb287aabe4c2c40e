import { legendLayout, legendSwatchSize } from '../../core/charts/legendLayout';
import { BAR_STROKE } from './chartFills';
import { useElementSize } from './useElementSize';

export interface LegendItem {
  label: string;
  fill: string;
  fillOpacity?: number;
  /** Drawn as a line (with this dash pattern, '' for solid) instead of a box. */
  dash?: string;
}

/**
 * The key of a chart as an <svg> of its own (not Recharts' HTML legend), so that exports carry it.
 * `title` names what the colours stand for, e.g. "Kind".
 */
export function ChartLegend({
  title,
  items,
  fontSize,
}: {
  title: string;
  items: LegendItem[];
  fontSize: number;
}) {
  const [box, { width }] = useElementSize<HTMLDivElement>();
  const labels = [`${title}:`, ...items.map((item) => item.label)];
  const layout = legendLayout(labels, Math.max(width, 1), fontSize);
  const swatch = legendSwatchSize(fontSize);
  return (
    <div ref={box} className="chart-legend" data-chart-drawing="">
      {width > 0 && (
        <svg
          width={width}
          height={layout.height}
          role="img"
          aria-label={`${title}: ${items.map((item) => item.label).join(', ')}`}
        >
          {layout.items.map((place, position) => {
            const item = items[position - 1];
            const baseline = place.y + swatch * 0.85;
            if (item === undefined) {
              return (
                <text
                  key="title"
                  x={place.x}
                  y={baseline}
                  fontSize={fontSize}
                  fontWeight={600}
                  fill="var(--fg)"
                >
                  {labels[0]}
                </text>
              );
            }
            return (
              <g key={item.label} transform={`translate(${place.x} ${place.y})`}>
                {item.dash === undefined ? (
                  <rect
                    width={swatch}
                    height={swatch}
                    rx={2}
                    fill={item.fill}
                    fillOpacity={item.fillOpacity}
                    stroke={BAR_STROKE}
                  />
                ) : (
                  <line
                    x1={0}
                    x2={swatch * 1.6}
                    y1={swatch / 2}
                    y2={swatch / 2}
                    stroke={item.fill}
                    strokeWidth={3}
                    strokeDasharray={item.dash}
                  />
                )}
                <text
                  x={swatch * (item.dash === undefined ? 1 : 1.6) + fontSize * 0.4}
                  y={swatch * 0.85}
                  fontSize={fontSize}
                  fill="var(--fg)"
                >
                  {item.label}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}
