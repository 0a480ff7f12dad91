import { CSV_FIELDS, type CsvEntity } from '../domain/csv-import';
import { toCsv } from '../domain/csv-text';

/**
 * One example row per entity, for the downloadable templates and the “what each column accepts” page: values
 * the importer reads as they are, naming entries of the embedded catalog.
 */
export const CSV_EXAMPLES: Record<CsvEntity, Record<string, string>> = {
  courses: {
    id: '',
    title: 'Prompt injection in practice',
    provider: 'OWASP Foundation',
    kind: 'course',
    format: 'self-paced',
    hours: '6.5',
    hours_note: 'Six modules and a lab',
    exam_hours: '',
    cost: '250',
    currency: 'USD',
    url: 'https://example.org/prompt-injection',
    level: 'intermediate',
    teaches: 'Prompt injection defence:3; llm-guardrails:2',
    requires: 'LLM and generative AI fundamentals:2',
  },
  skills: {
    id: '',
    name: 'Model context protocol hardening',
    category: 'LLM & agent security',
    description: 'Locking down MCP servers and the tools they expose.',
    prerequisites: 'mcp-security:2; Secure coding',
    refs: 'OWASP-LLM-2025:LLM06:2025',
  },
  requirements: { role: 'AI Security Engineer', skill: 'Prompt injection defence', level: '4', importance: 'critical' },
  members: {
    id: '',
    name: 'Ada Lovelace',
    title: 'Security engineer',
    current_role: '',
    target_role: 'AI Security Engineer',
    weekly_hours: '4',
    start_date: '2026-03-02',
    notes: '',
  },
  ratings: { member: 'Ada Lovelace', skill: 'Threat modelling', level: 'Intermediate', source: 'manager', rated_on: '2026-02-15', evidence: 'Led the design review' },
};

/** A template to fill in: the header row the importer recognises and one example row. */
export function csvTemplate(entity: CsvEntity): string {
  const fields = CSV_FIELDS[entity];
  return toCsv(
    fields.map((f) => f.key),
    [fields.map((f) => CSV_EXAMPLES[entity][f.key] ?? '')],
  );
}
