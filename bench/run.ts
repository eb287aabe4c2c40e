import { cpus, loadavg, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildApp } from './build';
import { cpuCalibrationMs } from './calibration';
import {
  formatMisses,
  formatTable,
  judge,
  mergeResults,
  readResults,
  writeResults,
  type Environment,
} from './report';
import type { Measurement } from './measurement';
import { measureBrowser } from './measureBrowser';
import { measureBundle } from './measureBundle';
import { measureEngine } from './measureEngine';
import { measureIngest } from './measureIngest';
import { BENCH_USAGE, parseBenchArgs } from './options';
import { RESULTS_FILE, ROOT } from './paths';
import { REAL_CORPUS_DIR } from './realDerived';

const started = performance.now();

function log(message: string): void {
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`,
  );
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<number> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (!options.ok) {
    process.stderr.write(`${options.reason}\n${BENCH_USAGE}\n`);
    return 2;
  }
  const { sizes, groups } = options.value;
  const corpora = options.value.corpora.filter((kind) => {
    if (kind !== 'real' || existsSync(REAL_CORPUS_DIR)) return true;
    log(`no real corpus at ${REAL_CORPUS_DIR}: the real-derived corpora are NOT measured`);
    return false;
  });
  const environment: Environment = {
    commit: gitCommit(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1e9),
    loadAverageAtStart: loadavg()[0]!.toFixed(2),
    cpuCalibrationMsAtStart: Number(cpuCalibrationMs().toFixed(1)),
  };
  const measurements: Measurement[] = [];
  let buildDir: string | null = null;
  const build = async () => {
    if (buildDir === null) {
      log('vite build');
      buildDir = await buildApp();
    }
    return buildDir;
  };

  for (const group of groups) {
    if (group === 'bundle') {
      measurements.push(...measureBundle(await build()));
      continue;
    }
    for (const size of sizes) {
      for (const kind of corpora) {
        const corpus = { kind, size };
        log(`${group}, ${size.toLocaleString('en-US')} ${kind} briefs`);
        if (group === 'ingest') measurements.push(...measureIngest(corpus));
        else if (group === 'engine') measurements.push(...measureEngine(corpus, log));
        else {
          const { measurements: browserMeasurements, chromium } = await measureBrowser(
            corpus,
            await build(),
            log,
          );
          measurements.push(...browserMeasurements);
          environment.chromium = chromium;
        }
      }
    }
  }

  environment.loadAverageAtEnd = loadavg()[0]!.toFixed(2);
  environment.cpuCalibrationMsAtEnd = Number(cpuCalibrationMs().toFixed(1));
  environment.benchSeconds = Math.round((performance.now() - started) / 1000);
  const measuredAt = new Date().toISOString();
  const judged = judge(measurements, measuredAt);
  const setting = Object.entries(environment).map(([name, value]) => `${name} ${value}`);
  process.stdout.write(`\n${setting.join(', ')}\n\n${formatTable(judged)}\n`);
  const misses = formatMisses(judged);
  process.stdout.write(
    misses.length === 0
      ? '\nEvery budget met.\n'
      : `\nMissed budgets, worst first ("(ref)": engine alone against the interaction's budget):\n${misses.map((miss) => `  ${miss}`).join('\n')}\n`,
  );
  writeResults(
    RESULTS_FILE,
    mergeResults(readResults(RESULTS_FILE), {
      environments: { [measuredAt]: environment },
      measurements: judged,
    }),
  );
  log(`wrote ${RESULTS_FILE}`);
  return 0;
}

process.exitCode = await main();
