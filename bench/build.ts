import { build } from 'vite';
import { BUILD_DIR, ROOT } from './paths';

/** The production build, made into the bench's own folder so it never races `npm run build` or the e2e tests over dist/. */
export async function buildApp(): Promise<string> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: BUILD_DIR, emptyOutDir: true } });
  return BUILD_DIR;
}
