import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateBriefs } from '../core/generate/generateBriefs';
import { compareFigures, type FigureComparison } from '../core/generate/measureBriefs';
import type { Brief } from '../core/model/types';
import { parseBrief } from '../core/parse/parseBrief';

/**
 * `npm run generator-figures`: measures the real corpus (../shared/corpus/real) and 2,200 generated
 * briefs, and writes the two side by side into src/core/generate/README.md, between its markers.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const REAL = resolve(ROOT, '../shared/corpus/real');
const README = join(ROOT, 'src/core/generate/README.md');
const TODAY = '2026-12-04';
const GENERATED = 2200;
const SEED = 42;
const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';

function parsed(file: string, text: string): Brief {
  const result = parseBrief(text, file, { today: TODAY });
  if (!result.ok) throw new Error(`${file}: ${result.reason}`);
  return result.value;
}

function formatValue(figure: string, value: number): string {
  if (/Length$/.test(figure)) return value.toFixed(0);
  if (/PerBrief/.test(figure)) return value.toFixed(2);
  return `${(value * 100).toFixed(1)}%`;
}

function tableOf(comparisons: FigureComparison[], realCount: number): string {
  const rows = comparisons.map(({ figure, real, generated, sliced, close }) => {
    const ratio = real === 0 ? (generated === 0 ? '=' : 'n/a') : `${((generated / real) * 100).toFixed(0)}%`;
    const name = sliced ? `${figure} (per ${realCount} briefs)` : figure;
    return `| ${name} | ${formatValue(figure, real)} | ${formatValue(figure, generated)} | ${ratio} | ${close ? 'yes' : '**no**'} |`;
  });
  return [
    `| figure | real (${realCount} briefs) | generated (${GENERATED.toLocaleString('en-US')} briefs, seed ${SEED}) | generated / real | within 20% |`,
    '| --- | ---: | ---: | ---: | :---: |',
    ...rows,
  ].join('\n');
}

const files = readdirSync(REAL)
  .filter((file) => /\.(md|txt)$/.test(file))
  .sort();
const real = files.map((file) => parsed(file, readFileSync(join(REAL, file), 'utf8')));
const generated = [...generateBriefs({ briefs: GENERATED, seed: SEED })].map(({ file, text }) =>
  parsed(file, text),
);
const comparisons = compareFigures(real, generated, TODAY);
const readme = readFileSync(README, 'utf8');
const before = readme.slice(0, readme.indexOf(START) + START.length);
const after = readme.slice(readme.indexOf(END));
writeFileSync(README, `${before}\n\n${tableOf(comparisons, real.length)}\n\n${after}`);
const misses = comparisons.filter((comparison) => !comparison.close).map((comparison) => comparison.figure);
console.log(
  `Wrote ${comparisons.length} figures into ${README}; ${misses.length === 0 ? 'all within 20%' : `not within 20%: ${misses.join(', ')}`}`,
);
