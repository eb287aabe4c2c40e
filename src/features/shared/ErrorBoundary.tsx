import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What failed, for the message: "Trendscope", "The charts". */
  subject: string;
  children: ReactNode;
}

/**
 * Shows a message and a Reload button instead of an empty page when rendering below it fails,
 * including a lazily loaded part that cannot be fetched (a redeployed site, a dropped connection).
 * Reloading keeps the address, so the view comes back as it was.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const notLoaded = /dynamically imported module|Importing a module script failed|preload/i.test(
      error.message,
    );
    return (
      <div role="alert" className="error-screen">
        <p>
          {notLoaded
            ? `${this.props.subject} could not be loaded: the site may have been updated, or the connection dropped.`
            : `${this.props.subject} stopped with an error: ${error.message}`}
        </p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
