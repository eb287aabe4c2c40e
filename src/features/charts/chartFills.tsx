import { KIND_PATTERNS, UNRATED_COLOR, kindColor, relevancyColor } from '../../core/charts/palette';
import { ENTRY_KINDS, type EntryKind } from '../../core/model/types';

const PATTERN_SIZE = 8;
const INK = 'var(--chart-pattern-ink)';

/** The edge drawn around every bar and swatch. */
export const BAR_STROKE = 'var(--chart-outline)';

/** The fill of a kind: its colour, with its texture where it has one. */
export function kindFill(kind: EntryKind): string {
  return KIND_PATTERNS[kind] === 'solid' ? kindColor(kind) : `url(#ts-fill-${kind})`;
}

/** The fill of a relevancy level 1..5; 0 (no relevancy) is hatched grey. */
export function levelFill(level: number): string {
  return level === 0 ? 'url(#ts-fill-unrated)' : relevancyColor(level);
}

function texture(pattern: (typeof KIND_PATTERNS)[EntryKind] | 'back-diagonal') {
  switch (pattern) {
    case 'solid':
      return null;
    case 'diagonal':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={INK} strokeWidth={1.6} />;
    case 'back-diagonal':
      return <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" stroke={INK} strokeWidth={1.6} />;
    case 'dots':
      return <circle cx={4} cy={4} r={1.7} fill={INK} />;
    case 'crosshatch':
      return <path d="M0,0 L8,8 M8,0 L0,8" stroke={INK} strokeWidth={1.1} />;
    case 'horizontal':
      return <path d="M0,2 H8 M0,6 H8" stroke={INK} strokeWidth={1.4} />;
  }
}

/**
 * The textures the charts and legends refer to by id, defined once in a zero-size <svg>
 * (exports copy it, so the references still resolve in the file).
 */
export function ChartPatternDefs() {
  const patterns: { id: string; color: string; pattern: Parameters<typeof texture>[0] }[] = [
    ...ENTRY_KINDS.map((kind) => ({
      id: `ts-fill-${kind}`,
      color: kindColor(kind),
      pattern: KIND_PATTERNS[kind],
    })),
    { id: 'ts-fill-unrated', color: UNRATED_COLOR, pattern: 'back-diagonal' },
  ];
  return (
    <svg className="chart-defs" data-chart-defs="" width={0} height={0} aria-hidden="true" focusable="false">
      <defs>
        {patterns.map(({ id, color, pattern }) => (
          <pattern key={id} id={id} width={PATTERN_SIZE} height={PATTERN_SIZE} patternUnits="userSpaceOnUse">
            <rect width={PATTERN_SIZE} height={PATTERN_SIZE} fill={color} />
            {texture(pattern)}
          </pattern>
        ))}
      </defs>
    </svg>
  );
}
