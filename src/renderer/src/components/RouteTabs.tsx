import { Tabs } from 'radix-ui';
import type { ReactNode } from 'react';

export interface TabChoice {
  id: string;
  label: string;
}

/**
 * Tabs whose choice lives in the route (so a tab can be linked to and survives a reload): Radix Tabs with the
 * app's styling. The panels are the caller's `<Tabs.Content value=…>` children.
 */
export function RouteTabs({
  label,
  tabs,
  current,
  hrefOf,
  variant = 'tabs',
  children,
}: {
  label: string;
  tabs: readonly TabChoice[];
  current: string;
  /** The route of a tab, e.g. (id) => routeHref('catalog', id). */
  hrefOf: (id: string) => string;
  variant?: 'tabs' | 'subtabs';
  children: ReactNode;
}) {
  return (
    <Tabs.Root value={current} onValueChange={(value) => (window.location.hash = hrefOf(value))}>
      <Tabs.List className={variant} aria-label={label}>
        {tabs.map((t) => (
          <Tabs.Trigger key={t.id} value={t.id} className={`${variant}__trigger`}>
            {t.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {children}
    </Tabs.Root>
  );
}
