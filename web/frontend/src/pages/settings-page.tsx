import {
  Banner,
  BlockStack,
  Card,
  Checkbox,
  FormLayout,
  Layout,
  Page,
  RangeSlider,
  Tabs,
  Text,
  TextField,
} from '@shopify/polaris';
import { SaveBar } from '@shopify/app-bridge-react';
import { COPY_KEYS, type ConfigStatus } from '@tandem/web/api-contract/settings';
import { LOCALES } from '@tandem/web/domain/settings';
import { startTransition, useEffect, useState } from 'react';
import { useSaveSettings, useSettings } from '../api/queries.js';
import { ErrorBanner } from '../components/error-banner.js';
import { apiFieldErrors, type FieldErrors } from '../components/field-errors.js';
import { PageSkeleton } from '../components/skeletons.js';
import { formatDateTime } from '../format.js';
import { COPY_LABELS, defaultCopy, LOCALE_NAMES } from './copy-defaults.js';
import { formChanged, formFromSettings, settingsFromForm, type SettingsForm } from './settings-form.js';
import { OffersBanner, recomputeHelp } from './settings-apply.js';
import { DataRequestsCard } from '../components/data-requests-card.js';

function ConfigBanner({ status, onRetry }: { status: ConfigStatus; onRetry: () => void }) {
  if (status.kind === 'live')
    return (
      <Banner
        tone="success"
        title={`Live at checkout${status.since ? ` since ${formatDateTime(status.since)}` : ''}`}
      />
    );
  if (status.kind === 'pending')
    return (
      <Banner
        tone="info"
        title="Saved settings are not live at checkout yet"
        action={{ content: 'Publish now', onAction: onRetry }}
      />
    );
  return (
    <Banner
      tone="warning"
      title="Settings are saved, but checkout still uses the previous ones"
      action={{ content: 'Retry publishing', onAction: onRetry }}
    >
      <Text as="p">{status.message}</Text>
    </Banner>
  );
}

/** Settings: how many offers, upgrades and their budget, price cap, holdout share, and checkout copy per locale. */
export function SettingsPage() {
  const settings = useSettings();
  const save = useSaveSettings();
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tab, setTab] = useState(0);
  useEffect(() => {
    if (settings.data && form === null) setForm(formFromSettings(settings.data.settings));
  }, [settings.data, form]);

  if (settings.isError && !settings.data)
    return (
      <Page title="Settings">
        <ErrorBanner
          error={settings.error}
          title="Could not load settings"
          onRetry={() => void settings.refetch()}
        />
      </Page>
    );
  if (!settings.data || form === null) return <PageSkeleton title="Settings" cards={2} lines={6} />;

  const update = (patch: Partial<SettingsForm>) => setForm({ ...form, ...patch });
  const submit = () => {
    const checked = settingsFromForm(form);
    if (checked.kind === 'invalid') {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    save.mutate(checked.body, {
      onSuccess: (response) => {
        setForm(formFromSettings(response.settings));
        shopify.toast.show(
          response.config.kind === 'live' ? 'Settings saved and live at checkout' : 'Settings saved',
          { isError: response.config.kind === 'failed' },
        );
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };
  const fieldError = (path: string) => errors[path] ?? apiFieldErrors(save.error)[path];
  const saved = save.data?.settings ?? settings.data.settings;
  const discard = () => {
    setForm(formFromSettings(saved));
    setErrors({});
    save.reset();
  };
  const locale = LOCALES[tab] ?? 'en';
  const status = save.data?.config ?? settings.data.config;
  return (
    <Page title="Settings">
      {/* App Bridge's contextual save bar: while it shows, the Shopify admin asks before the merchant leaves. */}
      <SaveBar id="settings-save-bar" open={formChanged(form, saved)}>
        <button variant="primary" onClick={submit} {...(save.isPending ? { loading: '' } : {})}>
          Save
        </button>
        <button onClick={discard}>Discard</button>
      </SaveBar>
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <ConfigBanner status={status} onRetry={submit} />
            <OffersBanner status={settings.data.offers} />
            {save.isError && (
              <ErrorBanner error={save.error} title="Settings were not saved" onRetry={submit} />
            )}
          </BlockStack>
        </Layout.Section>
        <Layout.AnnotatedSection
          title="Offers"
          description="What the “before you pay” block and the upgrade prompts may show. Checkout reads these on its next render, except the upgrade budget: the offers are recomputed for it."
        >
          <Card>
            <FormLayout>
              <TextField
                label="Most offers shown"
                type="number"
                min={1}
                max={10}
                autoComplete="off"
                value={form.maxOffers}
                onChange={(maxOffers) => update({ maxOffers })}
                error={fieldError('maxOffers') ?? false}
                helpText="Checkout shows at most 3, however high this is: a quiet block converts better."
              />
              <TextField
                label="Price cap"
                type="number"
                suffix="% of cart"
                autoComplete="off"
                value={form.priceCapPct}
                onChange={(priceCapPct) => update({ priceCapPct })}
                error={fieldError('priceCapPct') ?? false}
                helpText="An offer may cost at most this share of the cart subtotal."
              />
              <Checkbox
                label="Show tier upgrades on cart lines"
                checked={form.showUpgrades}
                onChange={(showUpgrades) => update({ showUpgrades })}
              />
              <TextField
                label="Upgrade budget"
                type="number"
                suffix="% over the line price"
                autoComplete="off"
                value={form.upgradeBudgetPct}
                onChange={(upgradeBudgetPct) => update({ upgradeBudgetPct })}
                error={fieldError('upgradeBudgetPct') ?? false}
                disabled={!form.showUpgrades}
                helpText={recomputeHelp(
                  settings.data.offers,
                  'An upgrade never costs more than this on top of what the buyer chose.',
                )}
              />
              <FormLayout.Group>
                <TextField
                  label="Hide an offer after this many “No thanks”"
                  type="number"
                  min={0}
                  max={10}
                  suffix="checkouts"
                  autoComplete="off"
                  value={form.dismissLimit}
                  onChange={(dismissLimit) => update({ dismissLimit })}
                  error={fieldError('dismissLimit') ?? false}
                  helpText="Counted on the buyer’s device, never sent to us. 0 shows offers again in every checkout."
                />
                <TextField
                  label="Keep it hidden for"
                  type="number"
                  min={1}
                  max={365}
                  suffix="days"
                  autoComplete="off"
                  value={form.dismissDays}
                  onChange={(dismissDays) => update({ dismissDays })}
                  error={fieldError('dismissDays') ?? false}
                  disabled={form.dismissLimit.trim() === '0'}
                />
              </FormLayout.Group>
            </FormLayout>
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection
          title="Returning buyers"
          description="Offers that take into account what a logged-in customer bought from you before."
        >
          <Card>
            <Checkbox
              label="Personalise offers for returning customers"
              checked={form.personalise}
              onChange={(personalise) => update({ personalise })}
              helpText="Tandem stores, on each customer with recent orders, the products they bought, how many days ago and how often — no names, emails or addresses. Checkout uses it to skip what they just bought and to suggest what they usually buy again. Switching it on syncs recent orders again and writes the profiles within minutes; each new order updates them. Turning this off deletes what was stored."
            />
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection
          title="Measurement"
          description="Checkouts held out see no offers, so the dashboard can show what Tandem really adds."
        >
          <Card>
            <RangeSlider
              label="Holdout share"
              min={0}
              max={50}
              step={1}
              value={form.holdoutPct}
              onChange={(value) => update({ holdoutPct: typeof value === 'number' ? value : value[0] })}
              output
              suffix={<Text as="span">{form.holdoutPct}%</Text>}
              {...(fieldError('holdoutPct') ? { error: fieldError('holdoutPct') as string } : {})}
              helpText="10% is a good default: enough to measure lift, little revenue given up."
            />
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection
          title="Checkout copy"
          description="Replace the built-in text per language. Leave a field empty to keep the default shown in grey. Placeholders like {{product}} are filled in at checkout."
        >
          <Card>
            <Tabs
              tabs={LOCALES.map((code) => ({
                id: `copy-${code}`,
                content: LOCALE_NAMES[code],
                panelID: `copy-${code}-panel`,
              }))}
              selected={tab}
              onSelect={(index) => startTransition(() => setTab(index))}
            >
              <FormLayout>
                {COPY_KEYS.map((key) => (
                  <TextField
                    key={`${locale}-${key}`}
                    label={COPY_LABELS[key]}
                    autoComplete="off"
                    value={form.copy[locale][key] ?? ''}
                    placeholder={defaultCopy(locale, key)}
                    onChange={(text) =>
                      update({ copy: { ...form.copy, [locale]: { ...form.copy[locale], [key]: text } } })
                    }
                    error={fieldError(`copy.${locale}.${key}`) ?? false}
                  />
                ))}
              </FormLayout>
            </Tabs>
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection
          title="Privacy"
          description="Requests from customers for the data Tandem holds about them (Shopify's customers/data_request)."
        >
          <DataRequestsCard />
        </Layout.AnnotatedSection>
      </Layout>
    </Page>
  );
}
