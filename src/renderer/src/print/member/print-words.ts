import { PROFICIENCY_LABELS } from '../../../../shared/domain/proficiency';

/** “3 Proficient”, or “Not rated” for a skill never rated. */
export const levelText = (l: number | null) => (l === null ? 'Not rated' : `${l} ${PROFICIENCY_LABELS[l]}`);
