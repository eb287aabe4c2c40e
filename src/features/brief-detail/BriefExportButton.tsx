import { useState } from 'react';
import { briefTablesRows } from '../../core/export/briefTablesCsv';
import { exportFileName, localDateISO } from '../../core/export/exportFileName';
import type { Brief } from '../../core/model/types';
import { EMPTY_FILTERS } from '../../core/query/types';
import { downloadBlob } from '../shared/download';

/** Downloads the brief's five tables as one CSV with a Kind column, protected against spreadsheet formulas. */
export function BriefExportButton({ brief }: { brief: Brief }) {
  const [failure, setFailure] = useState<string | null>(null);

  async function exportTables() {
    try {
      const { CSV_TYPE, toCsv, UTF8_BOM } = await import('../../core/export/csv');
      const csv = toCsv(briefTablesRows(brief, { neutralizeFormulas: true }));
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
