import type { Locator } from '@playwright/test';

/** Selects exactly `words` in the resume text, as a reader dragging over them would. */
export async function selectWords(resume: Locator, words: string) {
  await resume.evaluate((root, target) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at < 0 || !node.parentElement?.closest('[data-offset]')) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
    throw new Error(`"${target}" is not in the resume`);
  }, words);
}
