// Link-preview images, written as static files at build time: /og/default.png for pages without
// their own, and /og/<year>/<theme>.png for every theme and aim of every year.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStrategy, getThemes, getYears, themeSummary } from '../../lib/site-data';
import { renderShareImage, type ShareImageText } from '../../lib/share-image';

export const getStaticPaths = (async () => {
  const [strategy, years, themes] = await Promise.all([getStrategy(), getYears(), getThemes()]);
  const publisher = strategy.data.partnership;
  const fallback: ShareImageText = {
    caption: publisher,
    title: strategy.data.title,
    summary: strategy.data.vision,
    publisher: 'Progress against the strategy, year by year',
  };
  return [
    { params: { image: 'default' }, props: { text: fallback } },
    ...years.flatMap((year) =>
      themes.map((theme) => ({
        params: { image: `${year.id}/${theme.id}` },
        props: {
          text: {
            caption: `${theme.data.kind === 'aim' ? 'Aim' : 'Theme'} · ${year.data.label}, ${year.data.period}`,
            title: theme.data.title,
            summary: themeSummary(theme),
            publisher,
          } satisfies ShareImageText,
        },
      })),
    ),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: ShareImageText }> = async ({ props }) => {
  const png = await renderShareImage(props.text);
  return new Response(png.slice().buffer, { headers: { 'Content-Type': 'image/png' } });
};
