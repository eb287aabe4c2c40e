/** Tables written with fixed column widths, as some older briefs write them, and briefs around them. */

const LAYOUT_B_HEADER = ['Signal', 'Change', '10y horizon', 'Driving force'];

/** Width in code points, as a padding tool counts it. */
function widthOf(cell: string): number {
  return [...cell].length;
}

/** Header, alignment row and one line per entry of `lines`, every column padded to its widest cell. */
export function paddedTable(header: readonly string[], lines: readonly (readonly string[])[]): string[] {
  const widths = header.map((cell, column) =>
    Math.max(widthOf(cell), ...lines.map((line) => widthOf(line[column] ?? ''))),
  );
  const pad = (cell: string, width: number) => `${cell}${' '.repeat(width - widthOf(cell))}`;
  const render = (cells: readonly string[]) =>
    `| ${widths.map((width, column) => pad(cells[column] ?? '', width)).join(' | ')} |`;
  return [
    render(header),
    `|${widths.map((width) => `:${'-'.repeat(width + 1)}`).join('|')}|`,
    ...lines.map(render),
  ];
}

/** A layout B Signals section padded to fixed widths. */
export function paddedSignals(lines: readonly (readonly string[])[]): string[] {
  return ['## Signals', '', ...paddedTable(LAYOUT_B_HEADER, lines)];
}

/** A layout B brief with the usual header lines, then `lines`. */
export function olderBrief(...lines: string[]): string {
  return [
    '# __A constructed brief__, from ([20230412](https://example.org/p/20230412).)',
    '__[External link](https://news.example.com/story)__',
    '',
    '## Summary',
    '',
    'Constructed for the tests.',
    '',
    ...lines,
  ].join('\n');
}

/** Newer-layout Signals and Concerns tables, both with relevancy, both wrapped. */
export const WRAPPED_NEWER_LAYOUT: readonly string[] = [
  '## Signals',
  '',
  ...paddedTable(
    ['name', 'description', 'change', '10-year', 'driving-force', 'relevancy'],
    [
      ['Vertical farms', 'Crops grown in', 'From fields to', 'Local salad all', 'Transport costs', '4'],
      ['in warehouses', 'stacked trays', 'buildings', 'year round', '', ''],
      ['Seed banks', 'Stored varieties', 'Wider choice', 'Resilient crops', 'Climate risk', '3'],
    ],
  ),
  '',
  '## Concerns',
  '',
  ...paddedTable(
    ['name', 'description', 'relevancy'],
    [
      ['Water use of', 'Indoor farms need', '4'],
      ['data centres', 'cooling water', ''],
      ['Energy prices', 'Lighting costs', '3'],
    ],
  ),
];
