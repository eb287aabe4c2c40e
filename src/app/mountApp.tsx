import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../features/shared/ErrorBoundary';
import { App } from './App';
// After the components' own styles, which it may override.
import '../styles/base.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary subject="Trendscope">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
