const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** "812 bytes", "1.2 KB", "201 MB" (binary units, as file managers show them). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown =
    unit === 0 || value >= 100 ? Math.round(value).toLocaleString('en-US') : oneDecimal.format(value);
  return `${shown} ${UNITS[unit]}`;
}
