/**
 * The layout checks of the Foundation, as one function that runs inside the page: no horizontal
 * scrolling at the current width, no text under 16 px, and exactly one h1. Returns the problems.
 */
export function layoutProblems(): string[] {
  const problems: string[] = [];
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  if (overflow > 0) problems.push(`scrolls sideways by ${overflow}px`);
  const headings = document.querySelectorAll('h1').length;
  if (headings !== 1) problems.push(`${headings} h1 elements`);
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (hasText && el.offsetParent !== null && parseFloat(getComputedStyle(el).fontSize) < 16) {
      problems.push(`text under 16px: ${el.tagName} "${el.textContent!.trim().slice(0, 40)}"`);
    }
  }
  return problems;
}
