import { Random } from '../generate/random';
import type { SparseRows } from './vectorizer';

export interface NmfFit {
  k: number;
  /** Row weights per topic: w[row * k + topic]. */
  w: Float64Array;
  /** Term weights per topic, term-major: h[term * k + topic]. */
  h: Float64Array;
  /** Each row's strongest topic. */
  assignment: Int32Array;
}

const EPSILON = 1e-10;

/**
 * Non-negative matrix factorisation (X ~ W H, Lee and Seung's multiplicative updates, seeded
 * random start): the other topic model measured against spherical k-means (see
 * bench/measureTopics.ts and src/core/topics/README.md for why k-means was kept).
 */
export class Nmf {
  constructor(
    readonly k: number,
    readonly options: { seed: number; iterations: number } = { seed: 1, iterations: 80 },
  ) {}

  fit(rows: SparseRows): NmfFit {
    const k = Math.max(1, Math.min(this.k, rows.rows));
    const { rows: n, columns: terms } = rows;
    const random = new Random(this.options.seed);
    let mean = 0;
    for (const value of rows.values) mean += value;
    const scale = Math.sqrt(mean / Math.max(1, n * terms) / k) || 0.01;
    const w = Float64Array.from({ length: n * k }, () => random.next() * scale + EPSILON);
    const h = Float64Array.from({ length: terms * k }, () => random.next() * scale + EPSILON);
    const wtx = new Float64Array(terms * k);
    const xht = new Float64Array(n * k);
    const gram = new Float64Array(k * k);
    for (let iteration = 0; iteration < this.options.iterations; iteration++) {
      // H <- H * (W'X) / (W'W H)
      wtx.fill(0);
      for (let row = 0; row < n; row++) {
        for (let p = rows.rowStart[row]!; p < rows.rowStart[row + 1]!; p++) {
          const x = rows.values[p]!;
          const base = rows.indices[p]! * k;
          for (let c = 0; c < k; c++) wtx[base + c]! += w[row * k + c]! * x;
        }
      }
      gramOf(w, n, k, gram);
      for (let term = 0; term < terms; term++) {
        for (let c = 0; c < k; c++) {
          let denominator = 0;
          for (let d = 0; d < k; d++) denominator += gram[c * k + d]! * h[term * k + d]!;
          h[term * k + c]! *= wtx[term * k + c]! / (denominator + EPSILON);
        }
      }
      // W <- W * (X H') / (W H H')
      xht.fill(0);
      for (let row = 0; row < n; row++) {
        for (let p = rows.rowStart[row]!; p < rows.rowStart[row + 1]!; p++) {
          const x = rows.values[p]!;
          const base = rows.indices[p]! * k;
          for (let c = 0; c < k; c++) xht[row * k + c]! += x * h[base + c]!;
        }
      }
      gramOf(h, terms, k, gram);
      for (let row = 0; row < n; row++) {
        for (let c = 0; c < k; c++) {
          let denominator = 0;
          for (let d = 0; d < k; d++) denominator += w[row * k + d]! * gram[d * k + c]!;
          w[row * k + c]! *= xht[row * k + c]! / (denominator + EPSILON);
        }
      }
    }
    const assignment = new Int32Array(n);
    for (let row = 0; row < n; row++) {
      let best = 0;
      for (let c = 1; c < k; c++) if (w[row * k + c]! > w[row * k + best]!) best = c;
      assignment[row] = best;
    }
    return { k, w, h, assignment };
  }
}

/** M'M for an m-by-k matrix stored row by row. */
function gramOf(matrix: Float64Array, m: number, k: number, out: Float64Array): void {
  out.fill(0);
  for (let i = 0; i < m; i++) {
    for (let c = 0; c < k; c++) {
      const value = matrix[i * k + c]!;
      if (value === 0) continue;
      for (let d = 0; d < k; d++) out[c * k + d]! += value * matrix[i * k + d]!;
    }
  }
}
