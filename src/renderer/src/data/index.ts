export { clearDataCache, invalidateAfter, onStoreReplaced, queryClient, replaceServerState, retryFailedReads } from './client';
export { DataProvider } from './DataProvider';
export { INVALIDATES, areasTouchedBy, type WriteOperation } from './invalidation';
export { DATA_AREAS, READ_AREA, dataKeys, readKey, type DataArea, type ReadOperation } from './keys';
export { fetchApiQuery, useApiQuery, type ReadOptions } from './useApiQuery';
export { write } from './write';
export * from './reads';
export { followReads, type Read } from './follow';
