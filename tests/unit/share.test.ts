import { describe, expect, test } from 'vitest';
import { pngSize } from '../support/png-size.ts';
import { formatDate, isoDate } from '../../src/lib/dates.ts';
import { renderShareImage, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from '../../src/lib/share-image.ts';
import { clip } from '../../src/lib/text.ts';
import { absoluteUrl, urls } from '../../src/lib/urls.ts';

describe('absoluteUrl', () => {
  test('puts a site path, anchor and all, on the published address', () => {
    expect(absoluteUrl(urls.achievement('2024-25', 'awareness', 'police-victim-survey'), 'https://www.cambsdasv.org.uk')).toBe(
      'https://www.cambsdasv.org.uk/2024-25/awareness/#police-victim-survey',
    );
  });

  test('ignores the path of the site address: routes start at its root', () => {
    expect(absoluteUrl('/partners/police/', new URL('https://example.org/anything/'))).toBe('https://example.org/partners/police/');
  });
});

describe('clip', () => {
  test('leaves short text alone', () => {
    expect(clip('Police victim survey', 60)).toBe('Police victim survey');
  });

  test('cuts long text at a word, without trailing punctuation, and marks the cut', () => {
    expect(clip('Rape Crisis share feedback with Police, and CPD to inform', 40)).toBe('Rape Crisis share feedback with Police…');
  });
});

describe('dates', () => {
  test('are written as a UK reader writes them, whatever the time zone', () => {
    const date = new Date('2025-03-31T00:00:00Z');
    expect(formatDate(date)).toBe('31 March 2025');
    expect(isoDate(date)).toBe('2025-03-31');
  });
});

describe('renderShareImage', () => {
  test('draws a PNG of the size link previews expect', { timeout: 30_000 }, async () => {
    const png = await renderShareImage({
      caption: 'Theme · Year One, 2024/25',
      title: 'Awareness',
      summary: 'A sentence.',
      publisher: 'The partnership',
    });
    const bytes = Buffer.from(png);
    // pngSize throws unless the bytes start with PNG's signature and header.
    expect(pngSize(bytes)).toEqual({ width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT });
  });
});
