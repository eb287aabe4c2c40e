import { describe, expect, it } from 'vitest';
import type { Brief, Entry, Signal } from '../../../src/core/model/types';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import { expectAccountedFor, expectOk } from './support/briefChecks';
import { olderBrief, paddedSignals, paddedTable, WRAPPED_NEWER_LAYOUT } from './support/paddedTables';

/** Constructed tables, not copied from real briefs: one shape of wrapped (or not wrapped) table each. */

const signal = (name: string, change: string, tenYear: string, drivingForce: string): Signal => ({
  name,
  description: '',
  relevancy: null,
  change,
  tenYear,
  drivingForce,
});
const entry = (name: string, description: string, relevancy: number | null): Entry => ({
  name,
  description,
  relevancy,
});

interface WrapCase {
  shape: string;
  text: string;
  expected: Partial<Brief>;
  /** Exactly the warnings expected, in order. */
  warnings: string[];
}

const NIGHT_TRAINS = paddedSignals([
  ['Night trains between', 'More sleeper routes', 'Rail replaces flights', 'Climate targets'],
  ['capitals of Europe', '', '', ''],
  ['Bike lanes on ring roads', 'Fewer car lanes', 'Safer commuting', 'Health costs'],
]);
const NIGHT_TRAIN_SIGNALS = [
  signal(
    'Night trains between capitals of Europe',
    'More sleeper routes',
    'Rail replaces flights',
    'Climate targets',
  ),
  signal('Bike lanes on ring roads', 'Fewer car lanes', 'Safer commuting', 'Health costs'),
];

const CARGO_BIKES = paddedSignals([
  ['Cargo bikes replace vans', 'From vans', 'Quiet centres', 'Cost of urban'],
  ['in old town centres', 'to bikes', '', 'deliveries'],
]);

/** `line` up to the end of the first `text` in it. */
function cutAfter(line: string, text: string): string {
  return line.slice(0, line.indexOf(text) + text.length);
}

const cases: WrapCase[] = [
  {
    shape: 'only the first column wraps',
    text: olderBrief(...NIGHT_TRAINS),
    expected: { signals: NIGHT_TRAIN_SIGNALS },
    warnings: ['Signals: 3 lines joined into 2 rows (wrapped cells)'],
  },
  {
    shape: 'several columns wrap',
    text: olderBrief(
      ...paddedSignals([
        ['Heat pumps in', 'From gas boilers to', 'Most homes heated', 'Gas prices and'],
        ['terraced houses', 'electric heat', 'without fossil fuel', 'subsidies'],
        ['Shared attics for storage', 'Tenants rent space', 'Smaller flats', 'Rising rents'],
        ['', 'by the month', 'suffice', ''],
      ]),
    ),
    expected: {
      signals: [
        signal(
          'Heat pumps in terraced houses',
          'From gas boilers to electric heat',
          'Most homes heated without fossil fuel',
          'Gas prices and subsidies',
        ),
        signal(
          'Shared attics for storage',
          'Tenants rent space by the month',
          'Smaller flats suffice',
          'Rising rents',
        ),
      ],
    },
    warnings: ['Signals: 4 lines joined into 2 rows (wrapped cells)'],
  },
  {
    shape: 'the last column wraps',
    text: olderBrief(
      ...paddedSignals([
        ['Robot lawn mowers', 'Quiet gardens', 'Hedgehog-safe designs', 'Wildlife'],
        ['', '', '', 'protection rules'],
        ['Rain gardens', 'Streets absorb storms', 'Fewer floods', 'Insurance'],
        ['', '', '', 'premiums'],
      ]),
    ),
    expected: {
      signals: [
        signal('Robot lawn mowers', 'Quiet gardens', 'Hedgehog-safe designs', 'Wildlife protection rules'),
        signal('Rain gardens', 'Streets absorb storms', 'Fewer floods', 'Insurance premiums'),
      ],
    },
    warnings: ['Signals: 4 lines joined into 2 rows (wrapped cells)'],
  },
  {
    shape: 'blank separator lines',
    text: olderBrief(
      ...paddedSignals([
        ['Repair cafés in', 'Fixing over buying', 'Longer-lived devices', 'Right-to-repair'],
        ['every district', '', '', 'laws'],
        ['', '', '', ''],
        ['Tool libraries', 'Borrowing tools', 'Fewer tools owned', 'Small homes'],
        ['', '', '', ''],
      ]),
    ),
    expected: {
      signals: [
        signal(
          'Repair cafés in every district',
          'Fixing over buying',
          'Longer-lived devices',
          'Right-to-repair laws',
        ),
        signal('Tool libraries', 'Borrowing tools', 'Fewer tools owned', 'Small homes'),
      ],
    },
    warnings: ['Signals: 5 lines joined into 2 rows (wrapped cells); 2 all-blank lines dropped'],
  },
  {
    shape: 'a wrapped table followed by a normal one',
    text: olderBrief(
      ...NIGHT_TRAINS,
      '',
      '## Concerns',
      '',
      '| name | description | relevancy |',
      '|:--|:--|--:|',
      '| Noise | Night trains are loud | 3 |',
      '| e-scooters | clutter on pavements |  |',
    ),
    expected: {
      signals: NIGHT_TRAIN_SIGNALS,
      concerns: [
        entry('Noise', 'Night trains are loud', 3),
        entry('e-scooters', 'clutter on pavements', null),
      ],
    },
    warnings: ['Signals: 3 lines joined into 2 rows (wrapped cells)'],
  },
  {
    shape: 'a padded table whose rows leave Change (or more) empty keeps every row',
    text: olderBrief(
      ...paddedSignals([
        ['Quiet zones', '', 'Calmer streets', 'Health'],
        ['School streets', '', '', 'Child safety'],
        ['Night buses', '', '', ''],
        ['Car-free Sundays', 'Streets for people', 'Weekly habit', 'Air quality'],
      ]),
    ),
    expected: {
      signals: [
        signal('Quiet zones', '', 'Calmer streets', 'Health'),
        signal('School streets', '', '', 'Child safety'),
        signal('Night buses', '', '', ''),
        signal('Car-free Sundays', 'Streets for people', 'Weekly habit', 'Air quality'),
      ],
    },
    warnings: [],
  },
  {
    shape: 'a padded row named in lower case beside a capital driving force is a row of its own',
    text: olderBrief(
      ...paddedSignals([
        ['Cargo bikes', 'Vans leave centres', 'Quiet streets', 'Costs'],
        ['eVTOL air taxis', '', 'Rooftop ports', 'Congestion'],
      ]),
    ),
    expected: {
      signals: [
        signal('Cargo bikes', 'Vans leave centres', 'Quiet streets', 'Costs'),
        signal('eVTOL air taxis', '', 'Rooftop ports', 'Congestion'),
      ],
    },
    warnings: [],
  },
  {
    shape: 'lines that look like continuations in a table that is not padded stay rows',
    text: olderBrief(
      '## Signals',
      '| Signal | Change | 10y horizon | Driving force |',
      '|---|---|---|---|',
      '| Night trains | More routes | Fewer flights | Climate |',
      '| | | | policy |',
      '| bike lanes | | | |',
    ),
    expected: {
      signals: [
        signal('Night trains', 'More routes', 'Fewer flights', 'Climate'),
        signal('', '', '', 'policy'),
        signal('bike lanes', '', '', ''),
      ],
    },
    warnings: [],
  },
  {
    shape: 'a padded table whose continuation line lost its padding keeps it as a row, named',
    text: olderBrief(
      ...NIGHT_TRAINS.map((line) => (line.startsWith('| capitals') ? line.replace('  |', ' |') : line)),
    ),
    expected: {
      signals: [
        signal('Night trains between', 'More sleeper routes', 'Rail replaces flights', 'Climate targets'),
        signal('capitals of Europe', '', '', ''),
        NIGHT_TRAIN_SIGNALS[1] as Signal,
      ],
    },
    warnings: [
      'Signals row 2 reads like the rest of the row above, but its columns do not line up with it; kept as a row',
    ],
  },
  {
    shape: 'a relevancy column in the newer layout',
    text: olderBrief(...WRAPPED_NEWER_LAYOUT),
    expected: {
      signals: [
        {
          name: 'Vertical farms in warehouses',
          description: 'Crops grown in stacked trays',
          relevancy: 4,
          change: 'From fields to buildings',
          tenYear: 'Local salad all year round',
          drivingForce: 'Transport costs',
        },
        {
          name: 'Seed banks',
          description: 'Stored varieties',
          relevancy: 3,
          change: 'Wider choice',
          tenYear: 'Resilient crops',
          drivingForce: 'Climate risk',
        },
      ],
      concerns: [
        entry('Water use of data centres', 'Indoor farms need cooling water', 4),
        entry('Energy prices', 'Lighting costs', 3),
      ],
    },
    warnings: [
      'Signals: 3 lines joined into 2 rows (wrapped cells)',
      'Concerns: 3 lines joined into 2 rows (wrapped cells)',
    ],
  },
  {
    shape: 'a table without relevancy tells continuations by its description',
    text: olderBrief(
      '## Issues',
      '',
      ...paddedTable(
        ['name', 'description'],
        [
          ['Noise at night', 'Sleeper trains pass'],
          ['', 'through towns'],
          ['', 'Timetables'],
        ],
      ),
    ),
    expected: {
      issues: [
        entry('Noise at night', 'Sleeper trains pass through towns', null),
        entry('', 'Timetables', null),
      ],
    },
    warnings: ['Issues: 3 lines joined into 2 rows (wrapped cells)'],
  },
  {
    shape: 'a continuation in lower case beyond ASCII',
    text: olderBrief(
      ...paddedSignals([
        ['Vélos cargo', 'Moins de camionnettes', 'Centres calmes', 'Coût des'],
        ['électriques', '', '', 'livraisons'],
      ]),
    ),
    expected: {
      signals: [
        signal('Vélos cargo électriques', 'Moins de camionnettes', 'Centres calmes', 'Coût des livraisons'),
      ],
    },
    warnings: ['Signals: 2 lines joined into 1 row (wrapped cells)'],
  },
  {
    shape: 'a continuation line cut off at the end of the brief',
    text: olderBrief(...CARGO_BIKES.slice(0, -1), cutAfter(CARGO_BIKES.at(-1) ?? '', 'to bik')),
    expected: {
      signals: [
        signal(
          'Cargo bikes replace vans in old town centres',
          'From vans to bik',
          'Quiet centres',
          'Cost of urban',
        ),
      ],
    },
    warnings: [
      'Signals: 2 lines joined into 1 row (wrapped cells)',
      'Signals row 1 cut off mid-row; kept what was read',
    ],
  },
];

describe('parseBrief on wrapped tables', () => {
  it.each(cases)('$shape', ({ text, expected, warnings }) => {
    const result = parseBrief(text, 'wrapped.md');
    expectAccountedFor(text, result);
    const parsed = expectOk(result);
    expect(parsed).toMatchObject(expected);
    expect(parsed.warnings).toEqual(warnings);
  });

  it('reads a wrapped table the same with CRLF line endings and trailing spaces cut', () => {
    const [first] = cases;
    if (first === undefined) throw new Error('no cases');
    const reformatted = first.text
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\r\n');
    expect(parseBrief(reformatted, 'wrapped.md')).toEqual(parseBrief(first.text, 'wrapped.md'));
  });
});
