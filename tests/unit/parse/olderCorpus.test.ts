import { expect, it } from 'vitest';
import { ENTRY_KINDS } from '../../../src/core/model/types';
import type { EntryKind } from '../../../src/core/model/types';
import { countBrief } from '../../../src/core/parse/countBrief';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import { describeWithCorpus, readCorpus } from '../../support/corpus';
import { expectOk } from './support/briefChecks';
import { countTableRows } from './support/rawCounts';

/** The older briefs whose tables wrap, with the rows each wrapped table holds (counted by eye). */
const KNOWN_WRAPPED: Record<string, Partial<Record<EntryKind, number>>> = {
  // Signals: 7 lines, 3 signals (their 10y horizon runs on over up to four lines)
  c346127b59f55385f443e5e27e93bc78: { signals: 3 },
};

const parsed = readCorpus('older').map((entry) => ({
  ...entry,
  brief: expectOk(parseBrief(entry.text, entry.file)),
}));

describeWithCorpus('parseBrief on the older corpus', () => {
  it('reads all 150 older briefs, the known wrapped ones among them', () => {
    expect(parsed).toHaveLength(150);
    const ids = parsed.map(({ id }) => id);
    for (const id of Object.keys(KNOWN_WRAPPED)) expect(ids).toContain(id);
  });

  it.each(parsed)('$file: one row per table line, but for a known wrapped table', ({ id, text, brief }) => {
    const counts = countBrief(brief);
    for (const kind of ENTRY_KINDS) {
      expect(counts[kind], kind).toBe(KNOWN_WRAPPED[id]?.[kind] ?? countTableRows(text, kind));
    }
  });

  it('joins lines in the known wrapped briefs only, and names each repair', () => {
    const joined = parsed.filter(({ brief }) =>
      brief.warnings.some((warning) => warning.includes('(wrapped cells)')),
    );
    expect(joined.map(({ id }) => id)).toEqual(Object.keys(KNOWN_WRAPPED));
    expect(joined.flatMap(({ brief }) => brief.warnings)).toEqual([
      'Signals: 7 lines joined into 3 rows (wrapped cells)',
    ]);
  });
});
