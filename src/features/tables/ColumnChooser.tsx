import type { ReactTable } from '@tanstack/react-table';
import { useId } from 'react';
import type { RowRef, tableFeatureSet } from './columns';

export function ColumnChooser({ table }: { table: ReactTable<typeof tableFeatureSet, RowRef> }) {
  const id = useId();
  const columns = table.getAllLeafColumns();
  return (
    <div className="column-chooser">
      <button type="button" className="button" popoverTarget={`${id}-menu`} aria-haspopup="true">
        Columns
      </button>
      <div
        id={`${id}-menu`}
        popover="auto"
        className="popover column-chooser__menu"
        role="group"
        aria-label="Columns"
      >
        {columns.map((column) => (
          <label key={column.id} className="checkbox-row">
            <input
              type="checkbox"
              checked={column.getIsVisible()}
              disabled={column.getIsVisible() && table.getVisibleLeafColumns().length === 1}
              onChange={column.getToggleVisibilityHandler()}
            />
            {String(column.columnDef.header)}
          </label>
        ))}
      </div>
    </div>
  );
}
