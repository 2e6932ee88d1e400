// What the search dialog and /search/ need besides Pagefind's index, as one small file fetched when a
// search starts: the words that show "Need help now?" and the numbers that box lists (from
// content/search.yaml and content/help.yaml, never typed again), the example searches, and the
// links offered when nothing is found. Built with the site; the query never comes here.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { phoneText, telHref } from '../lib/phone';
import { getHelpServices, getLatestYear } from '../lib/site-data';
import { urls } from '../lib/urls';

/** The shape of /search-data.json, read by src/scripts/search-ui.ts. */
export interface SearchData {
  readonly helpWords: readonly string[];
  readonly examples: readonly string[];
  readonly help: {
    readonly services: readonly { name: string; phone: string; tel: string; hours?: string | undefined }[];
    /** How to call 999 without speaking, when the box lists 999. */
    readonly silentCall?: string | undefined;
    readonly href: string;
  };
  readonly report: { readonly href: string; readonly label: string };
  readonly themes: { readonly href: string };
}

export const GET: APIRoute = async () => {
  const settings = await getEntry('search', 'search');
  if (!settings) throw new Error('content/search.yaml is missing');
  const services = await getHelpServices();
  const listed = settings.data.helpServices.map((id) => {
    const service = services.find((s) => s.id === id);
    if (!service) throw new Error(`content/search.yaml names the help service "${id}", which content/help.yaml does not have`);
    return service.data;
  });
  const emergency = listed.find((service) => service.phone === '999');
  const year = await getLatestYear();
  const data: SearchData = {
    helpWords: settings.data.helpWords,
    examples: settings.data.examples,
    help: {
      services: listed.map((s) => ({ name: s.name, phone: phoneText(s.phone), tel: telHref(s.phone), hours: s.hours })),
      silentCall: emergency ? `If you cannot speak, call ${emergency.phone} from a mobile and press 55 when asked.` : undefined,
      href: urls.getHelp(),
    },
    report: { href: urls.report(year.id), label: `Read the whole ${year.data.label} report on one page` },
    themes: { href: `${urls.year(year.id)}#themes` },
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
