/** Moves focus to a form control (or the first usable control in a fieldset) and scrolls it into view. */
export function navigateToField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const target =
    element instanceof HTMLFieldSetElement
      ? (element.querySelector<HTMLElement>("input:enabled, select:enabled, textarea:enabled") ?? element)
      : element;
  target.focus();
  element.scrollIntoView({ block: "center" });
}
