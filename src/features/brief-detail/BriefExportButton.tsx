import { useState } from 'react';
import { briefTablesRows } from '../../core/export/briefTablesCsv';
import { exportFileName, localDateISO } from '../../core/export/exportFileName';
import type { Brief } from '../../core/model/types';
import type { CorpusIndex } from '../../core/query/corpusIndex';
import { EMPTY_FILTERS } from '../../core/query/types';
import { downloadBlob } from '../shared/download';

/**
 * Downloads the brief's five tables as one CSV with a Kind column and the brief's id, title,
 * date, URL, category, type, themes and keywords on every row, protected against spreadsheet formulas.
 */
export function BriefExportButton({ brief, index }: { brief: Brief; index: CorpusIndex }) {
  const [failure, setFailure] = useState<string | null>(null);

  async function exportTables() {
    try {
      const { CSV_TYPE, toCsv, UTF8_BOM } = await import('../../core/export/csv');
      const number = index.briefNumberById.get(brief.id);
      if (number === undefined) throw new Error(`brief ${brief.id} is no longer loaded`);
      const csv = toCsv(briefTablesRows(index, number, { neutralizeFormulas: true, briefContext: true }));
      const fileName = exportFileName(`brief-${brief.id}`, EMPTY_FILTERS, localDateISO(), 'csv');
      downloadBlob(new Blob([UTF8_BOM, csv], { type: CSV_TYPE }), fileName);
      setFailure(null);
    } catch (error) {
      setFailure(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <>
      <button type="button" className="button brief-dialog__export" onClick={() => void exportTables()}>
        Export tables as CSV
      </button>
      {failure !== null && <span role="alert">{failure}</span>}
    </>
  );
}
