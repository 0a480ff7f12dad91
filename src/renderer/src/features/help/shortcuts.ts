/** Every keyboard shortcut of the app, by where it works: the `?` sheet lists these. */
export interface Shortcut {
  keys: string[];
  does: string;
}

export const SHORTCUTS: { where: string; shortcuts: Shortcut[] }[] = [
  {
    where: 'Anywhere',
    shortcuts: [
      { keys: ['?'], does: 'Show these keyboard shortcuts' },
      { keys: ['Tab'], does: 'Move to the next control; the first Tab offers “Skip to content”' },
      { keys: ['Esc'], does: 'Close a dialog or menu without changing anything' },
    ],
  },
  {
    where: 'Skill sheet (Team → a member → Skill sheet)',
    shortcuts: [
      { keys: ['↑', '↓'], does: 'Move between skills' },
      { keys: ['0', '…', '5'], does: 'Set the new level and move to the next skill' },
      { keys: ['←', '→'], does: 'Lower or raise the new level' },
      { keys: ['Delete'], does: 'Clear the new level' },
      { keys: ['H'], does: 'Open the skill’s rating history' },
      { keys: ['Ctrl', 'Enter'], does: 'Save every new level at once' },
    ],
  },
  {
    where: 'Learning path editor',
    shortcuts: [
      { keys: ['Ctrl', 'Z'], does: 'Undo' },
      { keys: ['Ctrl', 'Shift', 'Z'], does: 'Redo (also Ctrl+Y)' },
      { keys: ['Delete'], does: 'Remove the selected steps and links' },
      { keys: ['↑', '↓', 'Enter'], does: 'Pick a course in the palette’s search' },
    ],
  },
];

/** Keys typed into a field are the field's, never a shortcut. */
export function isTypingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
