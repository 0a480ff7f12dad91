import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const ROLES = ['AI Governance Specialist', 'AI Incident Response Specialist', 'AI Security Engineer', 'Application Security Engineer (Gen AI)', 'MLSecOps Engineer'];

/**
 * The start-up benchmark's baseline: React 19 drawing a heading, five list items and a working button, with
 * nothing else (no data from an API, no store, no styles). The least any React app pays before its first screen.
 */
function Bare() {
  const [clicks, setClicks] = useState(0);
  return (
    <main>
      <h1>Roles</h1>
      <ul>
        {ROLES.map((role) => (
          <li key={role}>{role}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setClicks((n) => n + 1)}>
        Clicked {clicks} times
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);
