/**
 * Draws a chart with chart.js 4, registering only what a horizontal bar chart uses (bars, category
 * and linear axes, legend, tooltip) rather than `chart.js/auto`. Loaded on demand by chart-element.ts.
 * Colours come from the site's custom properties, so both colour schemes keep AA contrast; the
 * second series is hatched as well as outlined, so no meaning rests on colour alone; every bar is
 * labelled with its number; nothing moves when the reader prefers reduced motion.
 */
import { BarController, BarElement, BasicPlatform, CategoryScale, Chart, Legend, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { formatValue } from '../lib/figure-format';
import type { ChartDrawing } from '../lib/chart-drawing';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Every word on a chart is at least the site's small body text (1rem), on a phone too. */
const TEXT_SIZE = 16;

/** Long labels wrap onto lines of about `width` characters. */
function wrap(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The site's system font stack (src/styles/global.css, --font): no font is downloaded. */
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

function cssColour(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** Diagonal lines in the accent colour on the page background. */
function hatch(line: string, background: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const context = tile.getContext('2d');
  if (!context) return background;
  context.fillStyle = background;
  context.fillRect(0, 0, 8, 8);
  context.strokeStyle = line;
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(0, 8);
  context.lineTo(8, 0);
  context.moveTo(-2, 2);
  context.lineTo(2, -2);
  context.moveTo(6, 10);
  context.lineTo(10, 6);
  context.stroke();
  return context.createPattern(tile, 'repeat') ?? background;
}

/** Writes each bar's number at its end, so values are read without the axis or a tooltip. */
function valueLabels(unit: ChartDrawing['unit'], colour: string): Plugin<'bar'> {
  return {
    id: 'dasvValueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = colour;
      ctx.font = `600 ${TEXT_SIZE}px system-ui, sans-serif`;
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((dataset, datasetIndex) => {
        chart.getDatasetMeta(datasetIndex).data.forEach((bar, index) => {
          const value = Number(dataset.data[index]);
          ctx.fillText(formatValue(value, unit), bar.x + 6, bar.y);
        });
      });
      ctx.restore();
    },
  };
}

/** The colours a chart is drawn in. */
interface Palette {
  readonly text: string;
  readonly accent: string;
  readonly background: string;
  readonly grid: string;
}

/** The page's colours, light or dark as the reader's setting has it. */
function pagePalette(): Palette {
  return { text: cssColour('--text'), accent: cssColour('--accent'), background: cssColour('--bg'), grid: cssColour('--border') };
}

/** The light scheme's colours (src/styles/global.css, :root), for an image that goes on paper or a white slide. */
const paperPalette: Palette = { text: '#1d1a22', accent: '#5b2a86', background: '#ffffff', grid: '#cfc7da' };

/** Height per bar and for the axis and legend, as on a wide screen (chart-element.ts). */
const ROW_HEIGHT = 56;
const FRAME_HEIGHT = 72;

interface RenderOptions {
  readonly palette: Palette;
  /** Characters per line of a bar's label. */
  readonly labelWidth: number;
  readonly animate: boolean;
  /** For an image: a fixed size at this many pixels per CSS pixel, drawn at once, off the page. */
  readonly image?: { readonly width: number; readonly height: number; readonly scale: number };
}

function render(canvas: HTMLCanvasElement, drawing: ChartDrawing, options: RenderOptions): Chart<'bar'> {
  const { text, accent, background, grid } = options.palette;
  const { labelWidth, image } = options;
  const format = (value: number | string) => formatValue(Number(value), drawing.unit);
  // In CSS pixels: chart.js multiplies by devicePixelRatio.
  if (image) {
    canvas.width = image.width;
    canvas.height = image.height;
  }
  return new Chart(canvas, {
    // Off the page, the basic platform draws at once and watches no size or events.
    ...(image ? { platform: BasicPlatform } : {}),
    type: 'bar',
    data: {
      labels: drawing.labels.map((label) => wrap(label, labelWidth)),
      datasets: drawing.series.map((series, index) => ({
        label: series.name,
        data: [...series.values],
        backgroundColor: index === 0 ? accent : hatch(accent, background),
        borderColor: accent,
        borderWidth: 2,
      })),
    },
    options: {
      indexAxis: 'y',
      responsive: !image,
      maintainAspectRatio: false,
      ...(image ? { devicePixelRatio: image.scale } : {}),
      locale: 'en-GB',
      animation: options.animate ? { duration: 400 } : false,
      layout: { padding: { right: 72 } },
      plugins: {
        legend: { display: drawing.series.length > 1, position: 'top', labels: { color: text, font: { size: TEXT_SIZE } } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${format(item.parsed.x ?? 0)}` } },
      },
      scales: {
        x: {
          beginAtZero: true,
          ticks: { color: text, callback: format, font: { size: TEXT_SIZE } },
          grid: { color: grid },
          border: { color: text },
        },
        // Every bar keeps its label at every width: chart.js would otherwise skip some when crowded.
        y: { ticks: { color: text, font: { size: TEXT_SIZE }, autoSkip: false }, grid: { display: false }, border: { color: text } },
      },
    },
    plugins: [valueLabels(drawing.unit, text)],
  });
}

/** Draws the chart, and redraws it in the new colours when the reader's colour scheme changes. */
export function drawChart(canvas: HTMLCanvasElement, drawing: ChartDrawing): void {
  const options = (): RenderOptions => ({
    palette: pagePalette(),
    // Labels take at most about a third of the width, so they are never cut off on a phone.
    labelWidth: Math.max(10, Math.min(26, Math.floor(canvas.parentElement!.clientWidth / 27))), // as chart-element.ts reserves it
    animate: !matchMedia('(prefers-reduced-motion: reduce)').matches,
  });
  let chart = render(canvas, drawing, options());
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    chart.destroy();
    chart = render(canvas, drawing, options());
  });
}

/** The image's width in CSS pixels, and how many pixels it has per CSS pixel. */
const IMAGE_WIDTH = 960;
const IMAGE_SCALE = 2;
const MARGIN = 40;
const TITLE_FONT = `700 28px ${FONT}`;
const TITLE_LINE = 36;
const NOTE_FONT = `400 18px ${FONT}`;
const NOTE_LINE = 26;

/** Splits text into lines that fit `width` pixels in the context's current font. */
function fitLines(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && context.measureText(`${last} ${word}`).width <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** What an image of a chart says besides the chart itself. */
export interface ImageText {
  readonly title: string;
  /** Who collected the figures and when: "DASV Partnership partners, April 2024 to March 2025". */
  readonly source: string;
  /** Where the chart is published: "www.cambsdasv.org.uk/2024-25/figures/#chart-refuge-support". */
  readonly address: string;
  /** Every acronym the image's words use, spelt out: "DA: Domestic Abuse." (empty if none). */
  readonly acronyms: string;
}

/**
 * The chart as a PNG for a board paper or a slide: 1,920 pixels wide (960 at twice the density,
 * about 16 cm at 300 dots per inch), in the light colours on white whatever the reader's setting,
 * with its title above and its source and address below, so the image can be cited on its own.
 * Drawn from the same data as the chart on the page.
 */
export async function chartImage(drawing: ChartDrawing, words: ImageText): Promise<Blob> {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw an image');
  const inner = IMAGE_WIDTH - 2 * MARGIN;
  context.font = TITLE_FONT;
  const title = fitLines(context, words.title, inner);
  context.font = NOTE_FONT;
  const notes = [
    ...fitLines(context, `Source: ${words.source}.`, inner),
    ...(words.acronyms ? fitLines(context, words.acronyms, inner) : []),
    ...fitLines(context, words.address, inner),
  ];
  const chartHeight = drawing.labels.length * drawing.series.length * ROW_HEIGHT + FRAME_HEIGHT;
  const chartTop = MARGIN + title.length * TITLE_LINE + 16;
  const notesTop = chartTop + chartHeight + 24;
  const height = notesTop + notes.length * NOTE_LINE + MARGIN;

  const plot = document.createElement('canvas');
  const chart = render(plot, drawing, {
    palette: paperPalette,
    labelWidth: 26,
    animate: false,
    image: { width: inner, height: chartHeight, scale: IMAGE_SCALE },
  });

  canvas.width = IMAGE_WIDTH * IMAGE_SCALE;
  canvas.height = height * IMAGE_SCALE;
  context.scale(IMAGE_SCALE, IMAGE_SCALE);
  context.fillStyle = paperPalette.background;
  context.fillRect(0, 0, IMAGE_WIDTH, height);
  context.drawImage(plot, MARGIN, chartTop, inner, chartHeight);
  chart.destroy();
  context.fillStyle = paperPalette.text;
  context.textBaseline = 'top';
  context.font = TITLE_FONT;
  title.forEach((line, index) => context.fillText(line, MARGIN, MARGIN + index * TITLE_LINE));
  context.font = NOTE_FONT;
  notes.forEach((line, index) => context.fillText(line, MARGIN, notesTop + index * NOTE_LINE));
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made'))), 'image/png');
  });
}
