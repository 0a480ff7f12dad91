import type { ReactNode } from 'react';
import { routeHref } from '../router';
import { useNotices } from '../store/notices';

/** One problem in the app's one error style: the banner's failures and a form's own message look alike. */
export function ErrorNotice({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <div className={className ? `error-banner ${className}` : 'error-banner'} role="alert">
      <div className="error-banner__row">
        <span>{children}</span>
      </div>
    </div>
  );
}

/** API failures, one line each, until the user dismisses them. */
export function ErrorBanner() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="error-banner" role="alert">
      {notices.map((n) => (
        <div key={n.id} className="error-banner__row">
          <span>
            <strong>{n.action} failed.</strong> {n.message}
            {n.offerRestore && (
              <>
                {' '}
                <a href={routeHref('settings', 'backups')} onClick={() => dismiss(n.id)}>
                  Open Backups
                </a>
              </>
            )}
          </span>
          <button type="button" className="button button--quiet" onClick={() => dismiss(n.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
