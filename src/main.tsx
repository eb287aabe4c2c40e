import './app/boot';

// The dashboard's code (React DOM and every component) is a chunk of its own. While the browser
// fetches and compiles it, this thread is free to start the dataset worker, which otherwise
// waits until all of that code has been evaluated.
import('./app/mountApp').catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root === null) return;
  root.textContent = `Trendscope could not load its code (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`;
});
