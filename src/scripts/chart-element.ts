/**
 * <dasv-chart data-chart="…" data-label="…">: draws a chart of the table beside it, once the chart
 * nears the viewport. chart.js is fetched then (a dynamic import, its own chunk), so a reader who
 * never scrolls to a chart never downloads it. The table stays: it is the chart's data for
 * everyone, and what prints.
 */
import type { ChartDrawing } from '../lib/figures';

/** Height per bar at least, per line of a wrapped label (16 px text), and for the axis and legend. */
const ROW_HEIGHT = 56;
const LINE_HEIGHT = 20;
const FRAME_HEIGHT = 72;

class ChartElement extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    const drawing = this.drawing();
    // Every label is drawn, wrapped as draw-chart.ts wraps it (lines of about width / 27
    // characters): each bar gets the height of its longest label, with room for words that wrap early.
    const perLine = Math.max(10, Math.min(26, Math.floor(this.clientWidth / 27)));
    const lines = Math.max(...drawing.labels.map((label) => Math.ceil(label.length / (perLine * 0.8))));
    const labelHeight = Math.max(drawing.series.length * ROW_HEIGHT, lines * LINE_HEIGHT + 16);
    // Set through the CSSOM, which the Content Security Policy allows (a style attribute it would not).
    // The space is reserved before drawing, so nothing below moves when the chart appears.
    this.style.height = `${drawing.labels.length * labelHeight + FRAME_HEIGHT}px`;
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
