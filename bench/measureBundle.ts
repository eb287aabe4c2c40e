import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measurement } from './measurement';

const KB = 1000;

/** The attribute values of every tag `tag` in the HTML that has `required` (name="value" pairs). */
function attributeValues(
  html: string,
  tag: string,
  required: Record<string, string>,
  wanted: string,
): string[] {
  const values: string[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attributes = new Map(
      [...match[1]!.matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g)].map(([, name, value]) => [
        name!.toLowerCase(),
        value!,
      ]),
    );
    const matches = Object.entries(required).every(([name, value]) => attributes.get(name) === value);
    const value = attributes.get(wanted);
    if (matches && value !== undefined) values.push(value);
  }
  return values;
}

/** The scripts the page loads before anything else: the module entry points and their modulepreload links. */
export function initialScripts(html: string): string[] {
  return [
    ...attributeValues(html, 'script', { type: 'module' }, 'src'),
    ...attributeValues(html, 'link', { rel: 'modulepreload' }, 'href'),
  ];
}

function gzippedKB(file: string): number {
  return gzipSync(readFileSync(file)).length / KB;
}

/** Initial JavaScript of the production build in `buildDir`, gzipped, against the bundle budget; all JS for reference. */
export function measureBundle(buildDir: string): Measurement[] {
  const scripts = initialScripts(readFileSync(join(buildDir, 'index.html'), 'utf8'));
  const initial = scripts.map((src) => ({ src, kB: gzippedKB(resolve(buildDir, src)) }));
  const allJs = readdirSync(join(buildDir, 'assets')).filter((name) => name.endsWith('.js'));
  const base = { group: 'bundle', size: null, unit: 'kB' } as const;
  return [
    {
      ...base,
      measure: 'bundle.initialJs',
      label: 'initial JS, gzipped',
      value: initial.reduce((sum, script) => sum + script.kB, 0),
      note: initial.map(({ src, kB }) => `${src.replace(/^.*\//, '')} ${kB.toFixed(1)} kB`).join(', '),
    },
    {
      ...base,
      measure: 'bundle.allJs',
      label: 'all JS chunks, gzipped',
      value: allJs.reduce((sum, name) => sum + gzippedKB(join(buildDir, 'assets', name)), 0),
      note: `${allJs.length} chunks`,
    },
  ];
}
