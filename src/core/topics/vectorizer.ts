import type { TermWeights } from './terms';

/** Rows of nonnegative weights in compressed sparse row form: row i is indices/values[rowStart[i], rowStart[i + 1]). */
export interface SparseRows {
  rows: number;
  columns: number;
  rowStart: Uint32Array;
  indices: Uint32Array;
  values: Float32Array;
}

export interface VectorizerOptions {
  /** A term must occur in at least this many documents. */
  minDocuments: number;
  /** ...and in at most this share of them. */
  maxDocumentShare: number;
  /** At most this many terms, the most widespread kept. */
  maxTerms: number;
}

export const DEFAULT_VECTORIZER_OPTIONS: VectorizerOptions = {
  minDocuments: 2,
  maxDocumentShare: 0.5,
  maxTerms: 20000,
};

/**
 * TF-IDF in the manner of scikit-learn's TfidfVectorizer (sublinear tf, smooth idf, rows of unit
 * length), over documents already cut into weighted terms. `fit` learns the term space (its
 * vocabulary and idf), `transform` puts any documents into it: new briefs land in the same space,
 * so that similarity between briefs or rows reuses it.
 */
export class TfidfVectorizer {
  readonly options: VectorizerOptions;
  /** The term space, in a fixed order (by term), and each term's idf. */
  terms: string[] = [];
  idf: Float64Array = new Float64Array(0);
  private columnOf = new Map<string, number>();

  constructor(options: Partial<VectorizerOptions> = {}) {
    this.options = { ...DEFAULT_VECTORIZER_OPTIONS, ...options };
  }

  fit(documents: readonly TermWeights[]): this {
    const documentCounts = new Map<string, number>();
    for (const document of documents) {
      for (const term of document.keys()) documentCounts.set(term, (documentCounts.get(term) ?? 0) + 1);
    }
    const n = documents.length;
    const maxDocuments = Math.max(this.options.minDocuments, Math.floor(this.options.maxDocumentShare * n));
    let kept = [...documentCounts].filter(
      ([, count]) => count >= this.options.minDocuments && count <= maxDocuments,
    );
    if (kept.length > this.options.maxTerms) {
      kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      kept = kept.slice(0, this.options.maxTerms);
    }
    kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.terms = kept.map(([term]) => term);
    this.idf = Float64Array.from(kept, ([, count]) => Math.log((1 + n) / (1 + count)) + 1);
    this.columnOf = new Map(this.terms.map((term, column) => [term, column]));
    return this;
  }

  transform(documents: readonly TermWeights[]): SparseRows {
    const rowStart = new Uint32Array(documents.length + 1);
    const indices: number[] = [];
    const values: number[] = [];
    documents.forEach((document, row) => {
      const entries: [number, number][] = [];
      for (const [term, weight] of document) {
        const column = this.columnOf.get(term);
        if (column !== undefined) entries.push([column, sublinear(weight) * this.idf[column]!]);
      }
      entries.sort((a, b) => a[0] - b[0]);
      let norm = 0;
      for (const [, value] of entries) norm += value * value;
      norm = Math.sqrt(norm) || 1;
      for (const [column, value] of entries) {
        indices.push(column);
        values.push(value / norm);
      }
      rowStart[row + 1] = indices.length;
    });
    return {
      rows: documents.length,
      columns: this.terms.length,
      rowStart,
      indices: Uint32Array.from(indices),
      values: Float32Array.from(values),
    };
  }

  fitTransform(documents: readonly TermWeights[]): SparseRows {
    return this.fit(documents).transform(documents);
  }
}

/** 1 + log(tf) for a weight of one occurrence or more; a lighter one counts as it is. */
function sublinear(weight: number): number {
  return weight >= 1 ? 1 + Math.log(weight) : weight;
}
