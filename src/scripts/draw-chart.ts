/**
 * Draws a chart with chart.js 4, registering only what a horizontal bar chart uses (bars, category
 * and linear axes, legend, tooltip) rather than `chart.js/auto`. Loaded on demand by chart-element.ts.
 * Colours come from the site's custom properties, so both colour schemes keep AA contrast; the
 * second series is hatched as well as outlined, so no meaning rests on colour alone; every bar is
 * labelled with its number; nothing moves when the reader prefers reduced motion.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { formatValue, type ChartDrawing } from '../lib/figures';

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

function render(canvas: HTMLCanvasElement, drawing: ChartDrawing): Chart<'bar'> {
  const text = cssColour('--text');
  const accent = cssColour('--accent');
  const background = cssColour('--bg');
  const grid = cssColour('--border');
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const format = (value: number | string) => formatValue(Number(value), drawing.unit);
  // Labels take at most about a third of the width, so they are never cut off on a phone.
  const labelWidth = Math.max(10, Math.min(26, Math.floor(canvas.parentElement!.clientWidth / 27)));
  return new Chart(canvas, {
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
      responsive: true,
      maintainAspectRatio: false,
      locale: 'en-GB',
      animation: reduceMotion ? false : { duration: 400 },
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
  let chart = render(canvas, drawing);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    chart.destroy();
    chart = render(canvas, drawing);
  });
}
