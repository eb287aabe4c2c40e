import { DateText } from '../shared/DateText';
import {
  ENTRY_KINDS,
  ENTRY_KIND_LABELS,
  type Brief,
  type Entry,
  type EntryKind,
  type RelatedBrief,
  type Signal,
} from '../../core/model/types';
import { valueIdOf, type CorpusIndex } from '../../core/query/corpusIndex';
import { groupTitle } from '../../core/labels/groupTitle';
import type { FacetName } from '../../core/query/types';
import { useAppStore } from '../../store/store';
import { formatCount } from '../../core/format/formatCount';
import type { BriefRow } from '../../store/types';
import { Highlighted, SearchHighlightProvider } from '../shared/SearchHighlight';
import { BriefExportButton } from './BriefExportButton';

interface BriefContentProps {
  brief: Brief;
  index: CorpusIndex;
  titleId: string;
  /** The row the brief was opened from, marked. */
  openedRow: BriefRow | null;
  onClose: () => void;
}

/** The class of the row the brief was opened from. */
export const OPENED_ROW_CLASS = 'brief-table__row--opened';

export function BriefContent({ brief, index, titleId, openedRow, onClose }: BriefContentProps) {
  return (
    <SearchHighlightProvider>
      <article className="modal__frame">
        <header className="brief-dialog__header">
          <div>
            <h2 id={titleId} tabIndex={-1} className="brief-dialog__title">
              <Highlighted text={brief.title} />
            </h2>
            <p className="brief-dialog__meta">
              {brief.date === null ? (brief.page ?? 'No date') : <DateText date={brief.date} />}
              {[brief.category, brief.type]
                .filter(Boolean)
                .map((part) => ` · ${part}`)
                .join('')}
            </p>
          </div>
          <BriefExportButton brief={brief} index={index} />
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </header>
        <div className="brief-dialog__body">
          <p className="brief-dialog__links">
            <ExternalLink label="Source page" url={brief.pageUrl} />
            <ExternalLink label="Article" url={brief.url} />
          </p>
          {brief.summary !== '' && (
            <p className="brief-dialog__summary">
              <Highlighted text={brief.summary} />
            </p>
          )}
          <FilterChips facet="themes" label="Themes" values={brief.themes} index={index} />
          <FilterChips facet="keywords" label="Keywords" values={brief.keywords} index={index} />
          {ENTRY_KINDS.map((kind) => (
            <EntryTable
              key={kind}
              kind={kind}
              entries={brief[kind]}
              opened={openedRow?.kind === kind ? openedRow.entry : null}
            />
          ))}
          <RelatedBriefs related={brief.related} index={index} />
          {brief.warnings.length > 0 && (
            <details className="brief-dialog__warnings">
              <summary>Warnings while reading this brief ({brief.warnings.length})</summary>
              <ul>
                {brief.warnings.map((warning, position) => (
                  <li key={position}>{warning}</li>
                ))}
              </ul>
            </details>
          )}
          <p className="brief-dialog__file">File: {brief.file}</p>
        </div>
      </article>
    </SearchHighlightProvider>
  );
}

/** A link only for http(s) addresses; anything else is shown as plain text, never made clickable. */
function ExternalLink({ label, url }: { label: string; url: string | null }) {
  if (url === null) return null;
  if (!isWebUrl(url)) {
    return (
      <span className="brief-dialog__link brief-dialog__link--plain">
        {label}: {url}
      </span>
    );
  }
  return (
    <a className="brief-dialog__link" href={url} target="_blank" rel="noopener noreferrer">
      {label}
      <span className="visually-hidden"> (opens in a new tab)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

interface FilterChipsProps {
  facet: FacetName;
  label: string;
  values: string[];
  index: CorpusIndex;
}

function FilterChips({ facet, label, values, index }: FilterChipsProps) {
  const selected = useAppStore((state) => state.filters[facet]);
  const toggleFacetValue = useAppStore((state) => state.toggleFacetValue);
  if (values.length === 0) return null;
  const selectedKeys = new Set(selected.map((value) => index.fold.keyOf(value)));
  return (
    <section className="brief-dialog__section">
      <h3>
        {label} <span className="muted">· click one to filter by it</span>
      </h3>
      <ul className="chip-list">
        {values.map((value) => (
          <li key={value}>
            <button
              type="button"
              className="chip"
              aria-pressed={selectedKeys.has(index.fold.keyOf(value))}
              title={`Filter by ${chipTitle(index, facet, value)}`}
              onClick={() => toggleFacetValue(facet, value)}
            >
              {value}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The value, or the group it belongs to with that group's spellings and briefs. */
function chipTitle(index: CorpusIndex, facet: FacetName, value: string): string {
  const values = index.facets[facet];
  const id = valueIdOf(index, facet, value);
  if (id === undefined) return value;
  const briefs = values.valueOffsets[id + 1]! - values.valueOffsets[id]!;
  return groupTitle(values.labels[id]!, values.spellings[id]!, briefs);
}

const SIGNAL_COLUMNS: [keyof Signal, string][] = [
  ['name', 'Name'],
  ['description', 'Description'],
  ['change', 'Change'],
  ['tenYear', '10-year'],
  ['drivingForce', 'Driving force'],
  ['relevancy', 'Relevancy'],
];
const ENTRY_COLUMNS: [keyof Entry, string][] = [
  ['name', 'Name'],
  ['description', 'Description'],
  ['relevancy', 'Relevancy'],
];

interface EntryTableProps {
  kind: EntryKind;
  entries: readonly (Entry | Signal)[];
  /** The position of the row the brief was opened from, or null. */
  opened: number | null;
}

function EntryTable({ kind, entries, opened }: EntryTableProps) {
  const columns = (kind === 'signals' ? SIGNAL_COLUMNS : ENTRY_COLUMNS) as [keyof Signal, string][];
  return (
    <section className="brief-dialog__section">
      <h3>
        {ENTRY_KIND_LABELS[kind]} <span className="muted">({formatCount(entries.length)})</span>
      </h3>
      {entries.length === 0 ? (
        <p className="muted">None</p>
      ) : (
        <div className="brief-table__scroll">
          <table className="brief-table">
            <thead>
              <tr>
                {columns.map(([field, heading]) => (
                  <th key={field} scope="col" className={`brief-table__col--${field}`}>
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, position) => (
                <tr
                  key={position}
                  className={position === opened ? OPENED_ROW_CLASS : undefined}
                  aria-current={position === opened ? 'true' : undefined}
                >
                  {columns.map(([field]) => {
                    const value = (entry as Signal)[field];
                    return (
                      <td key={field} className={field === 'relevancy' ? 'brief-table__number' : undefined}>
                        {typeof value === 'string' ? <Highlighted text={value} /> : (value ?? '')}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function RelatedBriefs({ related, index }: { related: readonly RelatedBrief[]; index: CorpusIndex }) {
  const openBrief = useAppStore((state) => state.openBrief);
  if (related.length === 0) return null;
  return (
    <section className="brief-dialog__section">
      <h3>Related briefs</h3>
      <ul className="related-list">
        {related.map(({ id, title: linkText }) => {
          const number = index.briefNumberById.get(id);
          const title = number === undefined ? undefined : index.briefs[number]?.title;
          return (
            <li key={id}>
              {title === undefined ? (
                <button type="button" className="related-button" disabled>
                  {linkText || id} <span className="muted">(not in this dataset)</span>
                </button>
              ) : (
                <button type="button" className="related-button" onClick={() => openBrief(id)}>
                  {title}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
