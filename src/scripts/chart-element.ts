/**
 * <dasv-chart data-chart="…" data-label="…">: draws a chart of the table beside it, once the chart
 * nears the viewport. chart.js is fetched then (a dynamic import, its own chunk), so a reader who
 * never scrolls to a chart never downloads it. The table stays: it is the chart's data for
 * everyone, and what prints.
 */
import type { ChartDrawing } from '../lib/figures';

/** Height per bar (more on a phone, where labels wrap more) and for the axis and legend. */
const ROW_HEIGHT = 56;
const NARROW_ROW_HEIGHT = 76;
const FRAME_HEIGHT = 72;

class ChartElement extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    const drawing = this.drawing();
    const rows = drawing.labels.length * drawing.series.length;
    // Set through the CSSOM, which the Content Security Policy allows (a style attribute it would not).
    // The space is reserved before drawing, so nothing below moves when the chart appears.
    const rowHeight = this.clientWidth < 480 ? NARROW_ROW_HEIGHT : ROW_HEIGHT;
    this.style.height = `${rows * rowHeight + FRAME_HEIGHT}px`;
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
    this.append(canvas);
    drawChart(canvas, drawing);
    this.dataset['drawn'] = 'true';
  }
}

if (!customElements.get('dasv-chart')) customElements.define('dasv-chart', ChartElement);
