/**
 * Moves the keyboard focus to the canvas: its first step (the roadmap lists steps from the first weeks), else
 * the canvas itself. The canvas may still be drawing (a plan just generated), so it tries for a moment.
 */
export function focusCanvas(attempts = 40): void {
  const step = document.querySelector<HTMLElement>('.plan-canvas .react-flow__node');
  if (step) {
    step.focus({ preventScroll: true });
    return;
  }
  if (attempts > 0) setTimeout(() => focusCanvas(attempts - 1), 50);
  else document.querySelector<HTMLElement>('.plan-canvas')?.focus({ preventScroll: true });
}
