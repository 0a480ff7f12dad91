import { Component, Suspense, type ReactNode } from 'react';
import { Loading } from './Loading';

interface Props {
  /** What is being loaded, in the user's words ("the Team screen"); named in the loading line and the error. */
  what: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Shows "Loading …" while a split-off part of the app (a screen, a chart, a print view) is fetched, and a clear
 * message with a way out when it cannot be: a missing or damaged file in the installed app, or a failure
 * while it first renders. Key it by the route so moving to another area starts afresh.
 */
export class LoadBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (error) {
      return (
        <div className="load-failure" role="alert">
          <p>
            <strong>{capitalise(this.props.what)} could not be loaded.</strong> {describe(error)}
          </p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the app
          </button>
        </div>
      );
    }
    return <Suspense fallback={<Loading what={this.props.what} />}>{this.props.children}</Suspense>;
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A failed import() says "Failed to fetch dynamically imported module: <url>"; say what that means. */
function describe(error: Error): string {
  if (/dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message)) {
    return `A part of the application is missing or damaged (${error.message}). Reload the app; if it keeps failing, reinstall it.`;
  }
  return error.message;
}
