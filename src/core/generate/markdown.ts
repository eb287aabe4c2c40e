/** Markdown pieces written the way the briefs' pipeline writes them. */

export function section(heading: string, body: string): string {
  return `## ${heading}\n\n${body}`;
}

export function bulletList(items: readonly string[]): string {
  return items.map((item) => `* ${item}`).join('\n');
}

/** A list stored one character per bullet, as some briefs do: the characters spell `a, b, c`. */
export function characterBulletList(items: readonly string[]): string {
  return bulletList([...items.join(', ')]);
}

/**
 * A pipe table. Aligned tables pad every column to its widest cell (text left, numbers right,
 * with `:---` / `---:` rules, as pandas writes them); compact ones do not.
 */
export function table(
  headers: readonly string[],
  rows: readonly string[][],
  numeric: readonly boolean[],
  aligned: boolean,
): string {
  if (!aligned) {
    const lines = [headers, headers.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
    return lines.join('\n');
  }
  const widths = headers.map((header, column) =>
    rows.reduce((widest, row) => Math.max(widest, (row[column] ?? '').length), header.length),
  );
  const pad = (cells: readonly string[]) =>
    `| ${cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return numeric[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (numeric[column] ? `${'-'.repeat(width + 1)}:` : `:${'-'.repeat(width + 1)}`)).join('|')}|`;
  return [pad(headers), rule, ...rows.map(pad)].join('\n');
}
