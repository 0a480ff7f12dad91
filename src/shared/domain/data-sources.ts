/**
 * Where the planner's data comes from, for the "About the data" page. The embedded catalog's manifest
 * (resources/catalog/manifest.json) names the frameworks its references cite; each has its facts here
 * (publisher, version, date, what the planner takes from it), and a unit test keeps the two in step.
 * Facts from ../shared/reference/README.md and the documents themselves.
 */
export interface DataSource {
  /** The manifest's framework code. */
  code: string;
  publisher: string;
  version: string;
  /** What the planner takes from it. */
  use: string;
  /** Public page of the source (shown as text: the app opens no web pages). */
  where: string;
}

export const DATA_SOURCES: readonly DataSource[] = [
  {
    code: 'NICE',
    publisher: 'NIST (US Government work, public domain)',
    version: 'v2.1.0, CPRT JSON export of 11 Dec 2025',
    use: 'Work-role and statement references of the embedded roles and skills; work roles with their knowledge and skill statements and tasks, imported on demand (Settings → Import).',
    where: 'csrc.nist.gov/projects/cprt (NICE Framework Components)',
  },
  {
    code: 'DCWF',
    publisher: 'US Department of Defense',
    version: 'v5.1, Work Role Tool of 25 Jul 2025',
    use: 'Work-role references of the embedded roles (among them 623 AI/ML Specialist, 672 AI Test & Evaluation Specialist, 733 AI Risk and Ethics Specialist, 902 AI Innovation Leader).',
    where: 'public.cyber.mil/wid/dod-cyber-workforce-framework',
  },
  {
    code: 'OWASP-LLM-2025',
    publisher: 'OWASP Foundation',
    version: '2025',
    use: 'Skill references (LLM01–LLM10 risks).',
    where: 'genai.owasp.org/llm-top-10',
  },
  {
    code: 'OWASP-LLM-2026',
    publisher: 'OWASP Foundation',
    version: '2026',
    use: 'Skill references (the 2026 list of LLM risks).',
    where: 'genai.owasp.org/llm-top-10',
  },
  {
    code: 'OWASP-AGENTIC-2026',
    publisher: 'OWASP Foundation (GenAI Security Project)',
    version: '2026',
    use: 'Skill references for agent security.',
    where: 'genai.owasp.org',
  },
  {
    code: 'OWASP-ML-2023',
    publisher: 'OWASP Foundation',
    version: '2023 (draft)',
    use: 'Skill references for machine-learning attacks.',
    where: 'owasp.org/www-project-machine-learning-security-top-10',
  },
  {
    code: 'MITRE-ATLAS',
    publisher: 'MITRE',
    version: 'v5.6.0 (16 tactics)',
    use: 'Skill references by ATLAS tactic.',
    where: 'atlas.mitre.org',
  },
  {
    code: 'NIST-AI-RMF',
    publisher: 'NIST',
    version: '1.0 (NIST AI 100-1, Jan 2023)',
    use: 'Govern, Map, Measure and Manage references of the governance skills and roles.',
    where: 'nist.gov/itl/ai-risk-management-framework',
  },
  {
    code: 'NIST-AI-600-1',
    publisher: 'NIST',
    version: 'NIST AI 600-1 (Jul 2024)',
    use: 'Generative AI risk references.',
    where: 'doi.org/10.6028/NIST.AI.600-1',
  },
  {
    code: 'NIST-AI-100-2',
    publisher: 'NIST',
    version: 'NIST AI 100-2 E2025',
    use: 'Attack-class references of adversarial machine-learning skills.',
    where: 'doi.org/10.6028/NIST.AI.100-2e2025',
  },
  {
    code: 'EU-AI-ACT',
    publisher: 'European Union',
    version: 'Regulation (EU) 2024/1689',
    use: 'Article references of the governance skills.',
    where: 'eur-lex.europa.eu/eli/reg/2024/1689/oj',
  },
  {
    code: 'ISO-42001',
    publisher: 'ISO/IEC',
    version: '42001:2023, Annex A',
    use: 'Control references of the AI management-system skills.',
    where: 'iso.org/standard/81230.html',
  },
  {
    code: 'SAIF',
    publisher: 'Google',
    version: 'Secure AI Framework (SAIF)',
    use: 'Risk references of the AI security skills.',
    where: 'saif.google',
  },
];

/** The proficiency scale every rating and requirement uses. */
export const PROFICIENCY_SOURCE = 'US OPM proficiency levels, 0–5 (0 None, 1 Awareness, 2 Basic, 3 Intermediate, 4 Advanced, 5 Expert); DoD 8140 Basic / Intermediate / Advanced map to 2 / 3 / 4.';

/** How the course facts were gathered. */
export const COURSE_SOURCE =
  'Courses, certifications and labs from the providers’ public pages (hours, price, format, level). A price is given only where the provider publishes one; hours the provider does not state are estimates, and each course says so.';
