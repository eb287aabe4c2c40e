/**
 * Cuts `text` to at most `max` code points, `marker` included (so a letter outside the Basic
 * Multilingual Plane is never split); text that fits is returned as it is.
 */
export function truncate(text: string, max: number, marker = ''): string {
  const codePoints = Array.from(text);
  if (codePoints.length <= max) return text;
  return codePoints.slice(0, Math.max(0, max - marker.length)).join('') + marker;
}
