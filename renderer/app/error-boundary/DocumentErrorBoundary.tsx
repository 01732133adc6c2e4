import { Layout } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Localized } from '../../../shared/i18n/localized.ts';
import type { AppStore } from '../../store/app-store.ts';
import { selectIsDirty } from '../../store/selectors.ts';
import { useAppStoreApi, usePlatform } from '../store-context.ts';
import { keepRecoveryCopy, type CrashPlatform } from './crash-actions.ts';
import { ErrorPanel } from './ErrorPanel.tsx';
import { throwIfRenderFaultRequested } from './render-fault.ts';

type BoundaryProps = {
  scope: 'page' | 'root';
  store: AppStore;
  platform: CrashPlatform;
  onRecover: () => void;
  children: ReactNode;
};

type BoundaryState = {
  error: unknown;
  hasError: boolean;
  componentStack: string | null;
  recoveryProblem: Localized | null;
};

const calm: BoundaryState = {
  error: null,
  hasError: false,
  componentStack: null,
  recoveryProblem: null,
};

/**
 * Catches a render error below it and shows {@link ErrorPanel} in its place. It sits below the
 * store provider, so the document and its undo history live on; on catching, it writes the
 * recovery copy at once.
 */
export class DocumentErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = calm;

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { hasError: true, error };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? null });
    void keepRecoveryCopy(this.props.store, this.props.platform).then((problem) => {
      if (problem) this.setState({ recoveryProblem: problem });
    });
  }

  private readonly recover = () => {
    this.props.onRecover();
    this.setState(calm);
  };

  override render() {
    if (!this.state.hasError) return this.props.children;
    return (
      <ErrorPanel
        scope={this.props.scope}
        store={this.props.store}
        platform={this.props.platform}
        error={this.state.error}
        componentStack={this.state.componentStack}
        recoveryProblem={this.state.recoveryProblem}
        onRecover={this.recover}
      />
    );
  }
}

/** Dev and e2e only: throws on the page named by `?fail-render=`. */
function RenderFaultProbe({ page }: { page: string }) {
  throwIfRenderFaultRequested(page);
  return null;
}

/** Dev and e2e only: `?fail-render=root` breaks the whole UI once the project has changes. */
function RootFaultProbe({ store }: { store: AppStore }) {
  const isDirty = useStore(store, selectIsDirty);
  if (isDirty) throwIfRenderFaultRequested('root');
  return null;
}

/**
 * One per page, inside the shell: a page that fails to render shows the panel while the header
 * and navigation keep working. Key it by page so moving to another page starts afresh.
 */
export function PageErrorBoundary({ page, children }: { page: string; children: ReactNode }) {
  const store = useAppStoreApi();
  const platform = usePlatform();
  return (
    <DocumentErrorBoundary
      scope="page"
      store={store}
      platform={platform}
      onRecover={() => store.getState().setPage('overview')}
    >
      <RenderFaultProbe page={page} />
      {children}
    </DocumentErrorBoundary>
  );
}

/**
 * The shell's page area (Ant Design's `Layout.Content`) with the page's own error boundary, so
 * App.tsx wraps its pages in one element.
 */
export function GuardedContent({ page, children }: { page: string; children: ReactNode }) {
  return (
    <Layout.Content style={{ padding: 24 }}>
      <PageErrorBoundary key={page} page={page}>
        {children}
      </PageErrorBoundary>
    </Layout.Content>
  );
}

/** The last net, just inside the store and platform providers: the whole UI failed. */
export function RootErrorBoundary({ children }: { children: ReactNode }) {
  const store = useAppStoreApi();
  const platform = usePlatform();
  return (
    <DocumentErrorBoundary
      scope="root"
      store={store}
      platform={platform}
      onRecover={() => window.location.reload()}
    >
      <RootFaultProbe store={store} />
      {children}
    </DocumentErrorBoundary>
  );
}
