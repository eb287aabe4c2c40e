import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { highlightPatterns, matchRanges, parseSearch } from '../../core/query/searchQuery';
import { useAppStore } from '../../store/store';

const PatternsContext = createContext<readonly RegExp[]>([]);

/** Makes what the current search matches highlightable by `Highlighted` below it. */
export function SearchHighlightProvider({ children }: { children: ReactNode }) {
  const text = useAppStore((state) => state.filters.text);
  const patterns = useMemo(() => highlightPatterns(parseSearch(text)), [text]);
  return <PatternsContext.Provider value={patterns}>{children}</PatternsContext.Provider>;
}

/** The text, with what the search matches marked. */
export function Highlighted({ text }: { text: string }) {
  const patterns = useContext(PatternsContext);
  const ranges = patterns.length === 0 ? [] : matchRanges(text, patterns);
  if (ranges.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="search-match">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
