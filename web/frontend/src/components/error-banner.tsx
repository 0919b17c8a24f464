import { Banner, Text } from '@shopify/polaris';
import { ApiError } from '../api/client.js';

/** A failed load or save in plain words, with a retry when one can help. */
export function ErrorBanner({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  title: string;
  onRetry?: () => void;
}) {
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <Banner
      tone="critical"
      title={title}
      {...(onRetry ? { action: { content: 'Retry', onAction: onRetry } } : {})}
    >
      <Text as="p">{message}</Text>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              {issue.path}: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </Banner>
  );
}
