import { BlockStack, Button, Card, Icon, InlineStack, ProgressBar, Text } from '@shopify/polaris';
import { CheckCircleIcon, MinusCircleIcon } from '@shopify/polaris-icons';
import type { SetupStep, SetupStepId } from '@tandem/web/api-contract/index';
import { useSetup } from '../api/queries.js';
import { formatDateTime } from '../format.js';

const TITLES: Record<SetupStepId, string> = {
  sync: 'Sync your catalog and orders',
  offers: 'Publish offers to checkout',
  block: 'Place the Tandem block in the checkout editor',
  pixel: 'Connect the Tandem pixel',
  order: 'Measure the first order',
};

/** A UTC day (`YYYY-MM-DD`) or a time, as the merchant reads it. */
const when = (since: string): string =>
  since.length === 10
    ? new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${since}T00:00:00Z`),
      )
    : formatDateTime(since);

function Step({ step, editorUrl }: { step: SetupStep; editorUrl: string }) {
  return (
    <InlineStack gap="300" blockAlign="start" wrap={false}>
      <span aria-hidden="true">
        <Icon
          source={step.done ? CheckCircleIcon : MinusCircleIcon}
          tone={step.done ? 'success' : 'subdued'}
        />
      </span>
      <BlockStack gap="100">
        <Text as="h3" variant="headingSm">
          {`${TITLES[step.id]} — ${step.done ? 'done' : 'to do'}`}
        </Text>
        <Text as="p" tone="subdued">
          {step.since === null ? step.detail : `${step.detail} Done on ${when(step.since)}.`}
        </Text>
        {step.id === 'block' && !step.done && (
          <InlineStack>
            <Button url={editorUrl} target="_blank">
              Open the checkout editor
            </Button>
          </InlineStack>
        )}
      </BlockStack>
    </InlineStack>
  );
}

/** Setup checklist: shown until every item is done, each ticked from the server's reading of real state. */
export function SetupChecklist() {
  const setup = useSetup();
  if (!setup.data) return null;
  const { steps, checkoutEditorUrl } = setup.data;
  const done = steps.filter((step) => step.done).length;
  if (done === steps.length) return null;
  return (
    <section aria-labelledby="setup-progress">
      <Card>
        <BlockStack gap="400">
          <BlockStack gap="200">
            <Text as="h2" variant="headingMd" id="setup-progress">
              {`Set up Tandem: ${done} of ${steps.length} done`}
            </Text>
            <ProgressBar
              progress={(done / steps.length) * 100}
              size="small"
              ariaLabelledBy="setup-progress"
            />
          </BlockStack>
          {steps.map((step) => (
            <Step key={step.id} step={step} editorUrl={checkoutEditorUrl} />
          ))}
        </BlockStack>
      </Card>
    </section>
  );
}
