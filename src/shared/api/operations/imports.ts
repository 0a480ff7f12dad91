import { z } from 'zod';
import { csvChoices } from '../../imports/csv-choices';
import { csvImportResult, csvMapping, csvPreview, CSV_ENTITIES, exportedFile } from '../../domain/csv-import';
import { niceImportReport, niceImportRequest, niceInspection } from '../../domain/nice-import';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILE_LABEL } from '../../domain/text-file';
import { op } from './define';

/** A file's text, as read by the renderer (browser) or the shell's open dialog (desktop). */
export const fileContent = z
  .string()
  .min(1, 'The file is empty.')
  .max(MAX_IMPORT_FILE_BYTES, `The file is larger than ${MAX_IMPORT_FILE_LABEL}: split it into smaller files.`);
const entity = z.enum(CSV_ENTITIES, { error: `Pick what the file holds: ${CSV_ENTITIES.join(', ')}.` });

export const importsOperations = {
  'nice.inspect': op(
    z.object({ content: fileContent }).strict(),
    niceInspection,
    'Read a NICE Framework Components JSON: its roles, how they stand in the store, and changes since the imported version.',
  ),
  'nice.import': op(niceImportRequest, niceImportReport, 'Import the picked NICE work roles; reports what was added, updated and left.'),
  'csv.preview': op(
    z.object({ entity, content: fileContent, mapping: csvMapping.optional(), choices: csvChoices.optional() }).strict(),
    csvPreview,
    'Read a CSV file: its column mapping and choices (remembered per layout), first rows, values the catalog lacks, and every row-level problem.',
  ),
  'csv.import': op(
    z.object({ entity, content: fileContent, mapping: csvMapping, choices: csvChoices.optional() }).strict(),
    csvImportResult,
    'Import the valid rows of a CSV file in one transaction (creating the values chosen), and remember the mapping and choices for its layout.',
  ),
  'csv.export': op(z.object({ entity }).strict(), exportedFile, 'One entity as a CSV file the importer reads back.'),
};
