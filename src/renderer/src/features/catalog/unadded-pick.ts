import { useState } from 'react';
import { useUnsavedChanges } from '../../unsaved';

/**
 * The add row of an editor that saves each change at once (prerequisites, a role's profile): the only input that
 * could be lost is a skill picked but not added yet, so that is registered as unsaved. A pick the API refused
 * (a cycle, say) has had its answer and is not held.
 */
export function useUnaddedPick(pickedId: string, skills: readonly { id: string; name: string }[], what: (name: string) => string) {
  const [refused, setRefused] = useState('');
  const name = pickedId && pickedId !== refused ? (skills.find((s) => s.id === pickedId)?.name ?? pickedId) : null;
  useUnsavedChanges(name ? what(name) : null);
  return { markRefused: setRefused };
}
