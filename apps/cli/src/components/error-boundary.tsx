import { Component, type ReactNode } from 'react';
import { MessageView } from './message-view.tsx';

interface Props {
  height: number;
  children: ReactNode;
}

/** A view that fails to draw shows its error in place; the rest of the app (and its keys) keeps working. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return <MessageView title="This view failed to draw" detail={`${this.state.error.message}\nesc goes back, q quits.`} tone="error" height={this.props.height} />;
  }
}
