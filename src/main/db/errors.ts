/** The file was written by a newer version of the app: it is never migrated downwards. */
export class StoreVersionError extends Error {
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `The data file ${file} was written by a newer version of the planner (schema ${fileVersion}; ` +
        `this version understands up to ${supportedVersion}). Update the app to open it, or choose another file. ` +
        `The file was not changed.`,
    );
    this.name = 'StoreVersionError';
  }
}

/** An applied migration was edited after it ran: the schema on disk may not be what the code expects. */
export class MigrationDriftError extends Error {
  constructor(readonly version: number, readonly migration: string) {
    super(
      `Migration ${String(version).padStart(3, "0")}_${migration} differs from the one that was applied to this file. ` +
        `Applied migrations must never be edited; add a new migration instead.`,
    );
    this.name = 'MigrationDriftError';
  }
}
