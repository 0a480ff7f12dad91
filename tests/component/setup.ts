import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { clearDataCache } from '../../src/renderer/src/data/client';

// Server data is cached for the app's life: each test reads its own data file afresh.
beforeEach(() => clearDataCache());

afterEach(() => {
  cleanup();
  clearDataCache();
  window.location.hash = '';
});
