/**
 * The text of a page as the reader sees it, in short parts for speech synthesis: every element marked
 * `data-read-aloud` inside the root, split at line breaks (headings, paragraphs, list items, table rows).
 */
export function textToRead(root: HTMLElement): string[] {
  return [...root.querySelectorAll<HTMLElement>('[data-read-aloud]')]
    .flatMap((element) => (element.innerText ?? element.textContent ?? '').split(/\n+/))
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}
