import { useId, type ChangeEvent } from 'react';
import { offeredFromInput } from './offeredFiles';
import { startImport } from './importActions';

interface Chooser {
  label: string;
  hint: string;
  accept?: string;
  multiple?: boolean;
  folder?: boolean;
}

const CHOOSERS: Chooser[] = [
  {
    label: 'Brief files',
    hint: '.md or .txt, several at once',
    accept: '.md,.txt,.markdown',
    multiple: true,
  },
  { label: 'A folder of briefs', hint: 'every .md and .txt file in it', folder: true },
  {
    label: 'A dataset',
    hint: 'briefs.json, as ingest or Export writes it',
    accept: '.json,application/json',
  },
  {
    label: 'CSV exported by Trendscope',
    hint: 'one or more of its tables',
    accept: '.csv,text/csv',
    multiple: true,
  },
];

/** One file input per kind of source; choosing starts the import of what was chosen. */
export function FileChoosers() {
  const id = useId();
  function onChange(event: ChangeEvent<HTMLInputElement>, folder: boolean) {
    const input = event.currentTarget;
    const files = input.files === null ? [] : offeredFromInput(input.files, folder);
    input.value = '';
    if (files.length > 0) startImport(files);
  }
  return (
    <div className="import-choosers">
      {CHOOSERS.map(({ label, hint, accept, multiple, folder = false }, position) => (
        <div key={label} className="import-chooser">
          <label htmlFor={`${id}-${position}`} className="import-chooser__label">
            {label}
          </label>
          <span id={`${id}-${position}-hint`} className="muted import-chooser__hint">
            {hint}
          </span>
          <input
            id={`${id}-${position}`}
            type="file"
            accept={accept}
            multiple={multiple}
            aria-describedby={`${id}-${position}-hint`}
            ref={folder ? (input) => input?.setAttribute('webkitdirectory', '') : undefined}
            onChange={(event) => onChange(event, folder)}
          />
        </div>
      ))}
    </div>
  );
}
