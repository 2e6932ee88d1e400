/**
 * <dasv-chart data-chart="…" data-label="…" data-title="…" data-source="…">: draws a chart of the
 * table beside it, once the chart nears the viewport. chart.js is fetched then (a dynamic import,
 * its own chunk), so a reader who never scrolls to a chart never downloads it. The table stays: it
 * is the chart's data for everyone, and what prints. Its "Download image" button saves the chart
 * as a PNG at print resolution, with its title, source and address (draw-chart.ts); it is made
 * here, so without JavaScript there is no button, only the table and its CSV file.
 */
import type { ChartDrawing } from '../lib/chart-drawing';

/** Height per bar at least, per line of a wrapped label (16 px text), and for the axis and legend. */
const ROW_HEIGHT = 56;
const LINE_HEIGHT = 20;
const FRAME_HEIGHT = 72;
/** Room under the drawing for the Download image button, reserved before drawing like the rest. */
const TOOLBAR_HEIGHT = 48;

class ChartElement extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (this.querySelector('.chart-image-button')) return;
    const drawing = this.drawing();
    // Every label is drawn, wrapped as draw-chart.ts wraps it (lines of about width / 27
    // characters): each bar gets the height of its longest label, with room for words that wrap early.
    const perLine = Math.max(10, Math.min(26, Math.floor(this.clientWidth / 27)));
    const lines = Math.max(...drawing.labels.map((label) => Math.ceil(label.length / (perLine * 0.8))));
    const labelHeight = Math.max(drawing.series.length * ROW_HEIGHT, lines * LINE_HEIGHT + 16);
    // Set through the CSSOM, which the Content Security Policy allows (a style attribute it would not).
    // The space is reserved before drawing, so nothing below moves when the chart appears.
    this.style.height = `${drawing.labels.length * labelHeight + FRAME_HEIGHT + TOOLBAR_HEIGHT}px`;
    this.style.paddingBottom = `${TOOLBAR_HEIGHT}px`;
    // Made now, not once drawn, so the page's controls are all there from the start; the image is
    // drawn from the data when asked for, whether or not the chart on the page has been drawn yet.
    this.append(this.downloadButton(async () => (await import('./draw-chart.ts')).chartImage(drawing, this.imageText())));
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        void this.draw(drawing);
      },
      { rootMargin: '200px 0px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  private drawing(): ChartDrawing {
    return JSON.parse(this.dataset['chart'] ?? '{}') as ChartDrawing;
  }

  private async draw(drawing: ChartDrawing): Promise<void> {
    const { drawChart } = await import('./draw-chart.ts');
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', this.dataset['label'] ?? '');
    // Shown by browsers that cannot draw on a canvas.
    canvas.textContent = this.dataset['label'] ?? '';
    this.prepend(canvas);
    drawChart(canvas, drawing);
    this.dataset['drawn'] = 'true';
  }

  /** What the image says besides the chart: its title, source, and the chart's published address. */
  private imageText(): { title: string; source: string; address: string; acronyms: string } {
    const section = this.closest('section[id]');
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
    const address = new URL(section ? `#${section.id}` : '', canonical);
    return {
      title: this.dataset['title'] ?? '',
      source: this.dataset['source'] ?? '',
      address: `${address.host}${address.pathname}${address.hash}`,
      acronyms: this.dataset['acronyms'] ?? '',
    };
  }

  private downloadButton(image: () => Promise<Blob>): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chart-image-button';
    button.textContent = 'Download image';
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = ` of ${this.dataset['title'] ?? ''}`;
    button.append(hidden);
    button.addEventListener('click', () => {
      void image().then((blob) => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        // The chart's id and the year of the page (/2024-25/…): chart-refuge-support-2024-25.png
        const year = /^\/(\d{4}-\d{2})\//.exec(location.pathname)?.[1];
        link.download = `${this.closest('section[id]')?.id ?? 'chart'}${year ? `-${year}` : ''}.png`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      });
    });
    return button;
  }
}

if (!customElements.get('dasv-chart')) customElements.define('dasv-chart', ChartElement);
