import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useAppStore } from '../store/store';
import { ViewCrash } from './ViewCrash';

interface Props {
  children: ReactNode;
  /** When this changes (e.g. another dataset), the boundary tries again. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  key: unknown;
}

/**
 * Catches an unexpected error in the view, so the page never goes blank: it
 * shows a message and a way back (which forgets the view state that may have
 * caused the error, then draws the view again).
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Alliance Network: the view failed', error, info.componentStack);
  }

  back = () => {
    const s = useAppStore.getState();
    s.select(null);
    s.hover(null);
    s.setStoryStep(null);
    s.setQuery('');
    this.setState({ error: null });
  };

  override render() {
    return this.state.error ? <ViewCrash error={this.state.error} onBack={this.back} /> : this.props.children;
  }
}
