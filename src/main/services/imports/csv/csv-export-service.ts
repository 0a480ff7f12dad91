import type { CsvEntity, ExportedFile } from '../../../../shared/domain/csv-import';
import { csvFileName, toCsv } from '../../../../shared/domain/csv-text';
import { CSV_EXPORT_TABLES } from '../../../db/repositories/csv-export-rows';
import type { Db } from '../../../db/open';

/** Each entity as a CSV file in the layout the importer reads back without any mapping. */
export function csvExportService(db: Db) {
  return {
    export(entity: CsvEntity, now = new Date()): ExportedFile {
      const table = CSV_EXPORT_TABLES[entity](db);
      return { fileName: csvFileName(entity, now), content: toCsv(table.headers, table.rows), rows: table.rows.length };
    },
  };
}
