import type { ReactNode } from 'react';

/** One line on a screen whose first step is not obvious: what to do first. */
export function HelpLine({ children }: { children: ReactNode }) {
  return (
    <p className="help-line">
      <span className="help-line__mark" aria-hidden="true">
        ?
      </span>
      <span>{children}</span>
    </p>
  );
}
