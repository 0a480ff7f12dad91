import type { importsOperations } from '../../../shared/api/operations/imports';
import { csvExportService } from '../../services/imports/csv/csv-export-service';
import { csvImportService } from '../../services/imports/csv/csv-import-service';
import { niceImportService } from '../../services/imports/nice/nice-import-service';
import type { ApiContext, HandlersFor } from './types';

export function importsHandlers({ db }: ApiContext): HandlersFor<typeof importsOperations> {
  const nice = niceImportService(db);
  const csv = csvImportService(db);
  const csvExport = csvExportService(db);
  return {
    'nice.inspect': ({ content }) => nice.inspect(content),
    'nice.import': (request) => nice.import(request),
    'csv.preview': (request) => csv.preview(request),
    'csv.import': (request) => csv.import(request),
    'csv.export': ({ entity }) => csvExport.export(entity),
  };
}
