'use client';
/**
 * Catches what breaks the editor while drawing (a render or validation that throws) and shows
 * the recovery screen instead of a dead page. The document that broke it stays in the store, so
 * it can still be downloaded; autosave only keeps drawn documents, so storage still holds the
 * last one that worked.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { DocumentStorage } from '../persistence/document-storage';
import type { EditorStore } from '../store/operations';
import { RecoveryScreen } from './recovery-screen';

export interface EditorErrorBoundaryProps {
  store: EditorStore;
  /** Where the reader's own diagram is saved; null while a shared diagram is shown. */
  storage: DocumentStorage | null;
  children: ReactNode;
}

interface BoundaryState {
  error: Error | null;
}

export class EditorErrorBoundary extends Component<EditorErrorBoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for bug reports: the component stack says which part of the editor broke.
    console.info('The editor stopped drawing this diagram', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <RecoveryScreen store={this.props.store} error={this.state.error} storage={this.props.storage} onStartFresh={() => this.setState({ error: null })} />
    );
  }
}
