import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/**
 * Printing a page as a reader would save it as a PDF (Chromium's page.pdf, with the page's own
 * @page margins), read back as text by Debian's pdftotext (poppler-utils: scripts/ensure-poppler.sh),
 * one string per printed page. Runs on a page a test has already opened: no visit of its own. Leaves
 * the page emulating print.
 */
export async function printedPages(page: Page): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dasv-print-'));
  try {
    const pdf = path.join(dir, 'page.pdf');
    // page.pdf prints with the media last emulated: a test that went back to 'screen' would print the screen's styles.
    await page.emulateMedia({ media: 'print' });
    writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const text = execFileSync(process.env['PDFTOTEXT'] ?? 'pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    return text.split('\f').filter((pageText, index, all) => index < all.length - 1 || pageText.trim() !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** White space as one space, and a line broken inside a word or address joined: what a reader reads. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What every printed page must carry, and never: the site's name, the page's full address, the date
 * it was printed and "Page n of N" in its margins; no link printed as a bare path ("(/2024-25/…)"),
 * and no acronym spelt out twice ("Conference (MARAC (Multi Agency…))").
 */
export async function expectBoardReadyPrint(page: Page, site: string, address: string): Promise<string[]> {
  const pages = await printedPages(page);
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  const host = new URL(site).host;
  pages.forEach((text, index) => {
    const words = flat(text);
    expect(words, `page ${index + 1}: site name`).toContain(`DASV Strategy 2024-2027, ${host}`);
    expect(words, `page ${index + 1}: date printed`).toContain(`Printed ${today}`);
    expect(words.replace(/ /g, ''), `page ${index + 1}: full address`).toContain(`${site}${address}`);
    expect(words, `page ${index + 1}: page number`).toContain(`Page ${index + 1} of ${pages.length}`);
  });
  const all = flat(pages.join(' '));
  expect(all.match(/\(\/[^\s)]*\)?/g) ?? [], 'no link printed as a bare path').toEqual([]);
  expect(all.match(/\([A-Z][A-Za-z]+ \([A-Z][^()]*\)\)/g) ?? [], 'no acronym spelt out twice').toEqual([]);
  return pages;
}
