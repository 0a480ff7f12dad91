import { describe, expect, it } from 'vitest';
import { niceCatalogRows, statementCategories, statementSkillNames } from '../../../src/shared/domain/nice-catalog';
import { compareNiceFrameworks, isEmptyDiff } from '../../../src/shared/domain/nice-diff';
import { NiceFileError, readNiceFramework, statementShortName, titleCase } from '../../../src/shared/domain/nice-framework';

const el = (element_type: string, element_identifier: string, title: string, text = '') => ({ element_type, element_identifier, title, text });
const rel = (source_element_identifier: string, dest_element_identifier: string) => ({ source_element_identifier, dest_element_identifier });

function cprt(version: string, elements: object[], relationships: object[]) {
  return JSON.stringify({
    response: { elements: { documents: [{ doc_identifier: 'D', name: 'NICE', version }], relationship_types: [], elements, relationships } },
  });
}

const base = {
  elements: [
    el('category', 'PD', 'PROTECTION and DEFENSE', 'Protects.'),
    el('category', 'DD', 'DESIGN and DEVELOPMENT', 'Designs.'),
    el('sort', 'S-PD', '00002'),
    el('sort', 'S-DD', '00001'),
    el('work_role', 'PD-WRL-001', 'Defender', 'Defends.'),
    el('work_role', 'DD-WRL-001', 'Builder', 'Builds.'),
    el('knowledge', 'K1', '', 'Knowledge of threat models'),
    el('skill', 'S1', '', 'Skill in writing rules'),
    el('skill', 'S2', '', 'Skill in threat models'),
    el('task', 'T1', '', 'Write detection rules'),
    el('opm_code', '111', ''),
  ],
  relationships: [
    rel('PD', 'S-PD'),
    rel('DD', 'S-DD'),
    rel('PD', 'PD-WRL-001'),
    rel('DD', 'DD-WRL-001'),
    rel('PD-WRL-001', 'K1'),
    rel('PD-WRL-001', 'S1'),
    rel('PD-WRL-001', 'T1'),
    rel('PD-WRL-001', '111'),
    rel('DD-WRL-001', 'K1'),
    rel('DD-WRL-001', 'S2'),
  ],
};

describe('reading the NICE CPRT envelope', () => {
  it('keys on element types and relationships, in the framework’s sort order', () => {
    const framework = readNiceFramework(cprt('9.9.9', base.elements, base.relationships));
    expect(framework.document.version).toBe('9.9.9');
    expect(framework.categories.map((c) => [c.id, c.name])).toEqual([
      ['DD', 'Design and Development'],
      ['PD', 'Protection and Defense'],
    ]);
    expect(framework.roles.find((r) => r.id === 'PD-WRL-001')).toEqual({
      id: 'PD-WRL-001',
      name: 'Defender',
      definition: 'Defends.',
      category: 'PD',
      knowledge: ['K1'],
      skills: ['S1'],
      tasks: ['T1'],
    });
  });

  it('files each statement under the first role’s category, and names it by its short form', () => {
    const framework = readNiceFramework(cprt('1', base.elements, base.relationships));
    expect(statementCategories(framework).get('K1')).toBe('DD');
    // K1 and S2 both shorten to "Threat models": each name carries its id.
    const names = statementSkillNames(framework);
    expect(names.get('K1')).toBe('Threat models (K1)');
    expect(names.get('S2')).toBe('Threat models (S2)');
    expect(names.get('S1')).toBe('Writing rules');
    const rows = niceCatalogRows(framework, ['PD-WRL-001'], { level: 2, importance: 3 });
    expect(rows.roles[0]).toMatchObject({ id: 'nice-PD-WRL-001', responsibilities: ['Write detection rules'] });
    expect(rows.roles[0]!.requirements).toEqual([
      { skill: 'nice-K1', level: 2, importance: 3 },
      { skill: 'nice-S1', level: 2, importance: 3 },
    ]);
    expect(rows.categories.map((c) => c.name)).toEqual(['NICE: Design and Development', 'NICE: Protection and Defense']);
  });

  it('refuses what is not the envelope, saying why', () => {
    expect(() => readNiceFramework('nope')).toThrow(NiceFileError);
    expect(() => readNiceFramework('{"response":{}}')).toThrow(/not a NICE Framework Components export/);
    expect(() => readNiceFramework(cprt('1', [], []))).toThrow(/no work roles/);
  });

  it('shortens statements and title-cases category names', () => {
    expect(statementShortName('Knowledge of ingress filtering tools.')).toBe('Ingress filtering tools');
    expect(statementShortName('Skill in coordinating operations')).toBe('Coordinating operations');
    expect(titleCase('OVERSIGHT and GOVERNANCE')).toBe('Oversight and Governance');
  });
});

describe('comparing two versions', () => {
  it('finds roles and statements added, removed and reworded, and nothing between equal versions', () => {
    const before = readNiceFramework(cprt('1', base.elements, base.relationships));
    expect(isEmptyDiff(compareNiceFrameworks(before, before))).toBe(true);
    const elements = base.elements
      .filter((e) => e.element_identifier !== 'DD-WRL-001')
      .map((e) => (e.element_identifier === 'S1' ? { ...e, text: 'Skill in writing detection rules' } : e));
    const after = readNiceFramework(cprt('2', [...elements, el('knowledge', 'K2', '', 'Knowledge of logs')], [...base.relationships, rel('PD-WRL-001', 'K2')]));
    const diff = compareNiceFrameworks(before, after);
    expect(diff.rolesRemoved).toEqual([{ id: 'DD-WRL-001', name: 'Builder' }]);
    expect(diff.rolesChanged).toEqual([
      expect.objectContaining({ id: 'PD-WRL-001', statementsAdded: ['K2'], statementsRemoved: [], renamedFrom: null }),
    ]);
    expect(diff.statementsAdded.map((s) => s.id)).toEqual(['K2']);
    expect(diff.statementsReworded).toEqual([{ id: 'S1', kind: 'skill', before: 'Skill in writing rules', after: 'Skill in writing detection rules' }]);
  });
});
