import { expect } from 'vitest';
import { generateBriefs } from '../../../src/core/generate/generateBriefs';
import { compareFigures } from '../../../src/core/generate/measureBriefs';
import type { Brief } from '../../../src/core/model/types';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import { itWithCorpus, readCorpus } from '../../support/corpus';

const TODAY = '2026-12-04';
/** Enough briefs for rates of 2% to be measured within a few tenths of a percent. */
const GENERATED = 2200;

function parsed(file: string, text: string): Brief {
  const result = parseBrief(text, file, { today: TODAY });
  if (!result.ok) throw new Error(`${file}: ${result.reason}`);
  return result.value;
}

itWithCorpus(
  'the generator reproduces every figure of the real corpus within 20%',
  () => {
    const real = readCorpus('real').map(({ file, text }) => parsed(file, text));
    const generated = [...generateBriefs({ briefs: GENERATED, seed: 42 })].map(({ file, text }) =>
      parsed(file, text),
    );
    const comparisons = compareFigures(real, generated, TODAY);
    expect(comparisons.length).toBeGreaterThan(25);
    expect(comparisons.filter((comparison) => !comparison.close)).toEqual([]);
  },
  60_000,
);
