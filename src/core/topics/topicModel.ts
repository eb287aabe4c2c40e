import type { Brief, BriefTopic, Dataset, Topic } from '../model/types';
import {
  MERGE_SIMILARITY,
  mergeSimilarClusters,
  SphericalKMeans,
  similaritiesOf,
  type ClusterFit,
} from './sphericalKMeans';
import { addTerms, briefTerms, SurfaceForms, type TermWeights } from './terms';
import { TfidfVectorizer, type SparseRows } from './vectorizer';

/** What the model reads of a brief: its weighted terms, and its title and signals to describe a topic by. */
export interface TopicSource {
  terms: TermWeights;
  title: string;
  /** Each signal's name (or its description when it has none). */
  signals: string[];
}

/** A brief as the model reads it; `surface` collects how its words are written. */
export function topicSourceOf(brief: Brief, surface: SurfaceForms): TopicSource {
  return {
    terms: briefTerms(brief, surface),
    title: brief.title,
    signals: brief.signals.map((signal) => signal.name || signal.description).filter((text) => text !== ''),
  };
}

export interface TopicOptions {
  /** How many topics; by default it follows the data (see topicCountFor). */
  topicCount?: number;
  seed?: number;
  /** Called now and then with the share done, 0..1. */
  onProgress?: (done: number) => void;
}

/** What finding topics gives: the topics, each brief's topics, and the term space they were found in. */
export interface TopicModel {
  /** Largest first. */
  topics: Topic[];
  /** Per brief, in the order given: at most three topics, strongest first. */
  briefTopics: BriefTopic[][];
  vectorizer: TfidfVectorizer;
  /** The briefs as unit TF-IDF rows of the term space, in the order given. */
  rows: SparseRows;
  /** Per topic (in `topics` order), the brief numbers in it (primary topic), nearest the centre first. */
  members: number[][];
}

/** A brief's second and third topics must be at least this close to it, relative to its first. */
const SECONDARY_SHARE = 0.6;
/** Below this cosine to every topic, a brief has none. */
const MIN_SIMILARITY = 0.05;
const MAX_TOPICS_PER_BRIEF = 3;
const LABEL_TERMS = 3;
const TOPIC_TERMS = 8;
export const MIN_TOPICS = 5;
export const MAX_TOPICS = 60;

/** About twenty topics for a year of briefs (~800): the square root of half the briefs, within 5..60. */
export function topicCountFor(briefs: number): number {
  return Math.max(MIN_TOPICS, Math.min(MAX_TOPICS, Math.round(Math.sqrt(briefs / 2))));
}

/**
 * The subjects of the briefs, from their own text: TF-IDF over title, themes, keywords, summary
 * and rows (see briefTerms), spherical k-means, each cluster named by its most distinctive terms
 * (class-based TF-IDF, a word never repeated in a label). Deterministic: the same briefs give
 * the same topics, ids and weights.
 */
export function findTopics(briefs: readonly Brief[], options: TopicOptions = {}): TopicModel {
  const surface = new SurfaceForms();
  const sources = briefs.map((brief) => topicSourceOf(brief, surface));
  options.onProgress?.(0.3);
  return findTopicsIn(sources, surface, options);
}

/** The dataset with the topics of its briefs found (see findTopics), as ingest writes it. */
export function withTopics(dataset: Dataset, options: TopicOptions = {}): Dataset {
  const model = findTopics(dataset.briefs, options);
  return {
    ...dataset,
    briefs: dataset.briefs.map((brief, i) => ({ ...brief, topics: model.briefTopics[i]! })),
    topics: model.topics,
  };
}

/** findTopics on briefs already read (see topicSourceOf), in dataset order. */
export function findTopicsIn(
  sources: readonly TopicSource[],
  surface: SurfaceForms,
  options: TopicOptions = {},
): TopicModel {
  const progress = options.onProgress ?? (() => {});
  const documents = sources.map((source) => source.terms);
  const briefs = sources;
  const vectorizer = new TfidfVectorizer();
  const rows = vectorizer.fitTransform(documents);
  progress(0.4);
  const k = Math.min(options.topicCount ?? topicCountFor(briefs.length), Math.max(1, briefs.length));
  const kMeans = new SphericalKMeans(k, { seed: options.seed ?? 1 });
  const first = kMeans.fit(rows);
  // A count the user chose is kept; one the model guessed follows the data down.
  const fit =
    options.topicCount === undefined
      ? mergeSimilarClusters(rows, first, MERGE_SIMILARITY, kMeans.options.maxIterations)
      : first;
  progress(0.9);
  const model = describeClusters(briefs, documents, surface, vectorizer, rows, fit);
  progress(1);
  return model;
}

function describeClusters(
  briefs: readonly TopicSource[],
  documents: readonly TermWeights[],
  surface: SurfaceForms,
  vectorizer: TfidfVectorizer,
  rows: SparseRows,
  fit: ClusterFit,
): TopicModel {
  const { k, centres } = fit;
  const similarities = new Float64Array(k);
  const nearest: BriefTopic[][] = [];
  const closeness = new Float64Array(briefs.length);
  const sizes = new Int32Array(k);
  const clusterOf = new Int32Array(briefs.length).fill(-1);
  for (let row = 0; row < briefs.length; row++) {
    similaritiesOf(rows, row, centres, k, similarities);
    const order = Array.from({ length: k }, (_, c) => c).sort(
      (a, b) => similarities[b]! - similarities[a]! || a - b,
    );
    const best = similarities[order[0]!]!;
    const chosen: BriefTopic[] = [];
    if (best >= MIN_SIMILARITY) {
      for (const c of order.slice(0, MAX_TOPICS_PER_BRIEF)) {
        if (similarities[c]! < SECONDARY_SHARE * best) break;
        chosen.push({ id: String(c), weight: round(similarities[c]!) });
      }
      clusterOf[row] = order[0]!;
      sizes[order[0]!]!++;
      closeness[row] = best;
    }
    nearest.push(chosen);
  }
  const scores = classTermScores(documents, clusterOf, k, vectorizer);
  const clusters = Array.from({ length: k }, (_, c) => c).filter((c) => sizes[c]! > 0);
  const members = new Map(clusters.map((c) => [c, [] as number[]]));
  for (let row = 0; row < briefs.length; row++)
    if (clusterOf[row]! >= 0) members.get(clusterOf[row]!)!.push(row);
  for (const list of members.values()) list.sort((a, b) => closeness[b]! - closeness[a]! || a - b);

  const described = clusters.map((c) => {
    const terms = distinctTerms(scores[c]!, vectorizer.terms);
    return {
      cluster: c,
      terms,
      size: sizes[c]!,
      description: representativeSignal(briefs, members.get(c)!, scores[c]!, vectorizer),
    };
  });
  described.sort((a, b) => b.size - a.size || compareText(a.terms.join(' '), b.terms.join(' ')));
  const ids = uniqueIds(described.map(({ terms }) => terms));
  const idOfCluster = new Map(described.map(({ cluster }, i) => [String(cluster), ids[i]!]));
  const topics: Topic[] = described.map(({ terms, size, description }, i) => {
    const shown = terms.map((term) => surface.formOf(term));
    return {
      id: ids[i]!,
      label: shown.slice(0, LABEL_TERMS).join(' · '),
      description,
      terms: shown,
      size,
    };
  });
  return {
    topics,
    briefTopics: nearest.map((list) => list.map(({ id, weight }) => ({ id: idOfCluster.get(id)!, weight }))),
    vectorizer,
    rows,
    members: described.map(({ cluster }) => members.get(cluster)!),
  };
}

/**
 * Class-based TF-IDF (BERTopic's c-TF-IDF): a term's share of a cluster's text, times how rare
 * the term is across clusters; per cluster, a map from term column to score.
 */
function classTermScores(
  documents: readonly TermWeights[],
  clusterOf: Int32Array,
  k: number,
  vectorizer: TfidfVectorizer,
): Map<number, number>[] {
  const columnOf = new Map(vectorizer.terms.map((term, column) => [term, column]));
  const perCluster = Array.from({ length: k }, () => new Map<number, number>());
  const totals = new Float64Array(k);
  const overall = new Float64Array(vectorizer.terms.length);
  documents.forEach((document, row) => {
    const c = clusterOf[row]!;
    if (c < 0) return;
    const counts = perCluster[c]!;
    for (const [term, weight] of document) {
      const column = columnOf.get(term);
      if (column === undefined) continue;
      counts.set(column, (counts.get(column) ?? 0) + weight);
      totals[c]! += weight;
      overall[column]! += weight;
    }
  });
  let average = 0;
  for (const total of totals) average += total;
  average /= Math.max(1, totals.filter((total) => total > 0).length);
  return perCluster.map((counts, c) => {
    const scores = new Map<number, number>();
    for (const [column, count] of counts) {
      scores.set(column, (count / totals[c]!) * Math.log(1 + average / overall[column]!));
    }
    return scores;
  });
}

/**
 * The strongest terms, each adding a word not yet said: after "open source", neither "open" nor
 * "source"; and a pair that scores at least half as well as the words it holds takes their place
 * ("open · source" becomes "open source").
 */
function distinctTerms(scores: Map<number, number>, terms: readonly string[]): string[] {
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 200);
  const chosen: { term: string; score: number }[] = [];
  for (const [column, score] of ranked) {
    const term = terms[column]!;
    const words = term.split(' ');
    const overlapping = chosen.filter((other) => other.term.split(' ').some((word) => words.includes(word)));
    if (overlapping.length === 0) {
      if (chosen.length < TOPIC_TERMS) chosen.push({ term, score });
      continue;
    }
    const replaces =
      words.length > 1 &&
      overlapping.every((other) => !other.term.includes(' ')) &&
      score >= 0.5 * Math.max(...overlapping.map((other) => other.score));
    if (!replaces) continue;
    overlapping[0]!.term = term;
    for (const other of overlapping.slice(1)) chosen.splice(chosen.indexOf(other), 1);
  }
  return chosen.map(({ term }) => term);
}

/** The signal (of the briefs nearest the topic's centre) that says most of the topic's terms, in few words. */
function representativeSignal(
  briefs: readonly TopicSource[],
  members: readonly number[],
  scores: Map<number, number>,
  vectorizer: TfidfVectorizer,
): string {
  const columnOf = new Map(vectorizer.terms.map((term, column) => [term, column]));
  let best = '';
  let bestScore = -1;
  for (const row of members.slice(0, 5)) {
    for (const text of briefs[row]!.signals) {
      const terms: TermWeights = new Map();
      addTerms(text, 1, terms);
      let score = 0;
      for (const term of terms.keys()) score += scores.get(columnOf.get(term) ?? -1) ?? 0;
      score /= Math.sqrt(terms.size + 1);
      if (score > bestScore) {
        bestScore = score;
        best = text;
      }
    }
  }
  return best || (members.length > 0 ? briefs[members[0]!]!.title : '');
}

/** Ids from the topics' first terms ("open-source-software"), made unique with "-2", "-3"... */
function uniqueIds(termLists: readonly string[][]): string[] {
  const taken = new Set<string>();
  return termLists.map((terms) => {
    const base = slug(terms.slice(0, 2).join(' ')) || 'topic';
    let id = base;
    for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
    taken.add(id);
    return id;
  });
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
