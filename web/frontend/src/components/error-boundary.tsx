import { Banner, Page, Text } from '@shopify/polaris';
import { Component, type ErrorInfo, type ReactNode } from 'react';

/** A page that crashed shows what happened and a reload, instead of a blank frame inside the Shopify admin. */
export class ErrorBoundary extends Component<
  { children: ReactNode; resetKey: string },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Tandem admin page failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <Page title="Something went wrong">
        <Banner
          tone="critical"
          title="This page could not be shown"
          action={{ content: 'Reload', onAction: () => window.location.reload() }}
        >
          <Text as="p">{this.state.error.message}</Text>
        </Banner>
      </Page>
    );
  }
}
