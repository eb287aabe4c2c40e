import { useId, useMemo } from 'react';
import { localDateISO } from '../../core/export/exportFileName';
import { formatCount } from '../../core/format/formatCount';
import { isoToNumber, parseQuarter, quarterLabel } from '../../core/foresight/months';
import {
  defaultNewsPeriod,
  quartersWithBriefs,
  whatsNew,
  type PeriodRow,
} from '../../core/foresight/periods';
import { FACET_LABELS, type FacetName } from '../../core/query/types';
import { useAppStore } from '../../store/store';
import { ChartMessage } from './ChartMessage';
import { ChoiceGroup } from './chartParts';
import { FACET_CHOICES, percent } from './periodParts';
import type { ChartProps } from './chartTypes';

/** New values listed at most, and brief titles under each. */
const NEW_SHOWN = 40;
const TITLES_SHOWN = 3;
const RISERS_SHOWN = 20;

/** What appeared for the first time in a quarter, and what rose most against the quarter before. */
export function WhatsNewView({ index, result, filters, settings, onMark }: ChartProps) {
  const id = useId();
  const setChartSettings = useAppStore((state) => state.setChartSettings);
  const toggleFacetValue = useAppStore((state) => state.toggleFacetValue);
  const openBrief = useAppStore((state) => state.openBrief);
  const { newsFacet: facet } = settings;
  const today = isoToNumber(localDateISO(new Date()));
  const quarters = useMemo(
    () => quartersWithBriefs(index.briefDate, result.briefIds, today),
    [index, result, today],
  );
  const chosen = parseQuarter(settings.newsPeriod);
  const fallback = useMemo(
    () => defaultNewsPeriod(index.briefDate, result.briefIds, today),
    [index, result, today],
  );
  const period = chosen ?? fallback.period;
  const news = useMemo(
    () => whatsNew(index.facets[facet], index.briefDate, result.briefIds, period),
    [index, facet, result, period],
  );
  const noun = FACET_LABELS[facet].toLowerCase();

  function select(label: string) {
    onMark({
      title: `${FACET_LABELS[facet]} “${label}”`,
      selection: { values: { facet, labels: [label] } },
      rowsOf: 'signals',
    });
    if (!filters[facet].some((selected) => index.fold.keyOf(selected) === index.fold.keyOf(label)))
      toggleFacetValue(facet, label);
  }

  return (
    <>
      <div className="chart-options">
        <ChoiceGroup
          legend="Count"
          value={facet}
          options={FACET_CHOICES}
          onChange={(next: FacetName) => setChartSettings({ newsFacet: next })}
        />
        <div className="chart-number">
          <label htmlFor={`${id}-quarter`}>Quarter</label>
          <select
            id={`${id}-quarter`}
            className="select"
            value={chosen === null ? '' : quarterLabel(chosen)}
            onChange={(event) => setChartSettings({ newsPeriod: event.target.value })}
          >
            <option value="">
              {fallback.fellBack
                ? `Latest quarter with briefs (${quarterLabel(fallback.period)})`
                : `Last full quarter (${quarterLabel(fallback.period)})`}
            </option>
            {quarters.map((quarter) => (
              <option key={quarter.from} value={quarterLabel(quarter)}>
                {quarterLabel(quarter)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {result.briefIds.length === 0 ? (
        <ChartMessage>No briefs match the filters</ChartMessage>
      ) : (
        <div className="foresight-view" data-chart-text="">
          <p className="chart-note">
            {`${formatCount(news.briefsInPeriod)} matching ${news.briefsInPeriod === 1 ? 'brief' : 'briefs'} in ${quarterLabel(period)}, compared with ${quarterLabel(news.previous)}.`}
            {chosen === null &&
              fallback.fellBack &&
              ` The last full quarter before today holds no matching brief: this is the latest quarter that does.`}
          </p>
          <section aria-labelledby={`${id}-new`}>
            <h3 id={`${id}-new`}>
              {`First seen in ${quarterLabel(period)}`}{' '}
              <span className="muted">({formatCount(news.firstSeen.length)})</span>
            </h3>
            {news.firstSeen.length === 0 ? (
              <p className="muted">{`No ${noun} appears for the first time in this quarter.`}</p>
            ) : (
              <ul className="news-list">
                {news.firstSeen.slice(0, NEW_SHOWN).map((value) => (
                  <li key={value.key}>
                    <button
                      type="button"
                      className="link-button news-list__label"
                      onClick={() => select(value.label)}
                    >
                      {value.label}
                    </button>
                    <span className="muted">
                      {` · ${formatCount(value.briefs.length)} ${value.briefs.length === 1 ? 'brief' : 'briefs'}: `}
                    </span>
                    {value.briefs.slice(0, TITLES_SHOWN).map((brief, position) => (
                      <span key={brief}>
                        {position > 0 && <span className="muted"> · </span>}
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => openBrief(index.briefs[brief]!.id)}
                        >
                          {index.briefs[brief]!.title}
                        </button>
                      </span>
                    ))}
                    {value.briefs.length > TITLES_SHOWN && (
                      <span className="muted">{` and ${formatCount(value.briefs.length - TITLES_SHOWN)} more`}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {news.firstSeen.length > NEW_SHOWN && (
              <p className="muted">{`…and ${formatCount(news.firstSeen.length - NEW_SHOWN)} more, each in fewer briefs.`}</p>
            )}
          </section>
          <section aria-labelledby={`${id}-risers`}>
            <h3 id={`${id}-risers`}>{`Rising against ${quarterLabel(news.previous)}`}</h3>
            {news.risers.length === 0 ? (
              <p className="muted">{`No ${noun} seen before rose in at least 2 briefs.`}</p>
            ) : (
              <RisersTable
                rows={news.risers.slice(0, RISERS_SHOWN)}
                previous={quarterLabel(news.previous)}
                now={quarterLabel(period)}
                onSelect={select}
              />
            )}
          </section>
        </div>
      )}
    </>
  );
}

function RisersTable({
  rows,
  previous,
  now,
  onSelect,
}: {
  rows: PeriodRow[];
  previous: string;
  now: string;
  onSelect(label: string): void;
}) {
  return (
    <table className="foresight-table">
      <thead>
        <tr>
          <th scope="col">Label</th>
          <th scope="col">{`Briefs ${previous}`}</th>
          <th scope="col">{`Briefs ${now}`}</th>
          <th scope="col">{`Share ${previous}`}</th>
          <th scope="col">{`Share ${now}`}</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onSelect(row.label)}>
                {row.label}
              </button>
            </th>
            <td>{formatCount(row.briefsA)}</td>
            <td>{formatCount(row.briefsB)}</td>
            <td>{percent(row.shareA)}</td>
            <td>{percent(row.shareB)}</td>
            <td>{`+${row.change.toFixed(1)} pts`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
