import { Badge } from '@shopify/polaris';
import type { SyncRun } from '@tandem/web/domain/sync-run';

const TONES = { queued: 'info', running: 'attention', succeeded: 'success', failed: 'critical' } as const;
const LABELS = { queued: 'Queued', running: 'Running', succeeded: 'Succeeded', failed: 'Failed' } as const;

export function SyncStatusBadge({ status }: { status: SyncRun['status'] }) {
  return (
    <Badge
      tone={TONES[status]}
      progress={
        status === 'succeeded' || status === 'failed'
          ? 'complete'
          : status === 'running'
            ? 'partiallyComplete'
            : 'incomplete'
      }
    >
      {LABELS[status]}
    </Badge>
  );
}
