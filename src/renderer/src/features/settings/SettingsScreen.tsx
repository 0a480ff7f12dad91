import { Tabs } from 'radix-ui';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { RouteTabs } from '../../components/RouteTabs';
import { routeHref, useRoute } from '../../router';
import { useAppInfo, useSettings } from '../../data';
import { BackupsPanel } from '../imports/BackupsPanel';
import { CsvImportPanel } from '../imports/CsvImportPanel';
import { ExportPanel } from '../imports/ExportPanel';
import { NiceImportPanel } from '../imports/NiceImportPanel';
import { ProgressPanel } from '../imports/ProgressPanel';
import { PreferencesForm } from './PreferencesForm';
import '../imports/imports.css';
import '../imports/backups.css';
import './settings.css';

const TABS = [
  { id: 'preferences', label: 'Preferences' },
  { id: 'import', label: 'Import' },
  { id: 'export', label: 'Export' },
  { id: 'backups', label: 'Backups' },
] as const;
type TabId = (typeof TABS)[number]['id'];

const IMPORT_TABS = [
  { id: 'csv', label: 'Spreadsheet (CSV)' },
  { id: 'nice', label: 'NICE Framework' },
] as const;

/** Settings: preferences and the data file, files in and out, and backups. Tabs are routes (#/settings/import/nice). */
export function SettingsScreen() {
  const route = useRoute();
  const current: TabId = TABS.find((t) => t.id === route.rest[0])?.id ?? 'preferences';
  const importTab = IMPORT_TABS.find((t) => t.id === route.rest[1])?.id ?? 'csv';
  return (
    <>
      <PageHeader title="Settings" subtitle="Your data: where it lives, files in and out, backups, and how the planner judges and prints it." />
      <ProgressPanel />
      <RouteTabs label="Settings sections" tabs={TABS} current={current} hrefOf={(id) => routeHref('settings', id)}>
        <Tabs.Content value="preferences" className="tabs__panel">
          <Preferences />
        </Tabs.Content>
        <Tabs.Content value="import" className="tabs__panel">
          <RouteTabs
            label="What to import"
            variant="subtabs"
            tabs={IMPORT_TABS}
            current={importTab}
            hrefOf={(id) => routeHref('settings', 'import', id)}
          >
            <Tabs.Content value="csv" className="tabs__panel">
              <CsvImportPanel />
            </Tabs.Content>
            <Tabs.Content value="nice" className="tabs__panel">
              <NiceImportPanel />
            </Tabs.Content>
          </RouteTabs>
        </Tabs.Content>
        <Tabs.Content value="export" className="tabs__panel">
          <ExportPanel />
        </Tabs.Content>
        <Tabs.Content value="backups" className="tabs__panel">
          <BackupsPanel />
        </Tabs.Content>
      </RouteTabs>
    </>
  );
}

function Preferences() {
  const info = useAppInfo();
  const settings = useSettings();

  if (!info || !settings) return <Loading what="settings" />;
  return (
    <div className="settings-grid">
      <section className="panel" aria-labelledby="data-heading">
        <h2 id="data-heading" className="panel__title">
          Data
        </h2>
        <dl className="facts">
          <dt>Data file</dt>
          <dd>
            <code className="path">{info.dataFile}</code>
          </dd>
          <dt>App version</dt>
          <dd>{info.appVersion}</dd>
          <dt>Schema version</dt>
          <dd>{info.schemaVersion}</dd>
          <dt>Catalog version</dt>
          <dd>{info.catalogVersion ?? 'None loaded'}</dd>
          <dt>Contents</dt>
          <dd>
            {info.counts.roles} roles · {info.counts.skills} skills · {info.counts.courses} courses · {info.counts.members}{' '}
            members
          </dd>
        </dl>
        <p className="hint">
          The planner copies this file once a day and before every restore; see <a href={routeHref('settings', 'backups')}>Backups</a>.
        </p>
      </section>
      <PreferencesForm settings={settings} />
    </div>
  );
}
