import type { FileReport } from '../../core/import/assembleImport';
import { formatCount, plural } from '../../core/format/formatCount';

/** Files listed one by one up to this many (rejected ones first); the rest are counted. */
const LISTED_FILES = 300;
const LISTED_IGNORED = 5;

/** Per file: what was read (briefs, rows), repaired (warnings) or rejected and why. */
export function ImportReport({ reports, ignored }: { reports: FileReport[]; ignored: string[] }) {
  const ordered = [
    ...reports.filter((report) => report.status === 'rejected'),
    ...reports.filter((report) => report.status === 'read'),
  ];
  const listed = ordered.slice(0, LISTED_FILES);
  return (
    <section className="import-report" aria-label="Import report">
      {listed.length > 0 && (
        <ul className="import-report__list" tabIndex={0} aria-label="Files">
          {listed.map((report, position) => (
            <li key={position} className={`import-report__item import-report__item--${report.status}`}>
              <span className="import-report__file">{report.file}</span>
              {report.status === 'rejected' ? (
                <span>: rejected, {report.reason}</span>
              ) : (
                <ReadLine report={report} />
              )}
            </li>
          ))}
          {ordered.length > listed.length && (
            <li className="muted">and {plural(ordered.length - listed.length, 'more file')}</li>
          )}
        </ul>
      )}
      {ignored.length > 0 && (
        <p className="muted">
          {plural(ignored.length, 'file')} in the folder not read (only .md and .txt are):{' '}
          {ignored.slice(0, LISTED_IGNORED).join(', ')}
          {ignored.length > LISTED_IGNORED && ` and ${formatCount(ignored.length - LISTED_IGNORED)} more`}
        </p>
      )}
    </section>
  );
}

function ReadLine({ report }: { report: Extract<FileReport, { status: 'read' }> }) {
  const read = `: ${plural(report.briefs, 'brief')}, ${plural(report.rows, 'row')}`;
  if (report.warnings.length === 0) return <span>{read}</span>;
  return (
    <>
      <span>{read}</span>
      <details className="import-report__warnings">
        <summary>{plural(report.warnings.length, 'warning')}</summary>
        <ul>
          {report.warnings.map((warning, position) => (
            <li key={position}>{warning}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
