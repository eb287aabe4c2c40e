import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * main.tsx imports the dashboard's chunk (src/app/mountApp.tsx) dynamically, so that the dataset
 * worker starts before that code is evaluated. These links have the browser fetch and compile the
 * chunk from the start anyway, beside the entry, rather than only once the entry asks for it.
 */
function preloadDashboardChunk(): Plugin {
  return {
    name: 'trendscope:preload-dashboard-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/src/app/mountApp.tsx'),
        );
        if (chunk === undefined || chunk.type !== 'chunk') return [];
        const href = (file: string) => `./${file}`;
        const styles = [...(chunk.viteMetadata?.importedCss ?? [])];
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: href(chunk.fileName) },
            injectTo: 'head',
          },
          ...styles.map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: href(file) },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadDashboardChunk()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
