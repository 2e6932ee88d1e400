// What the search dialog and /search/ need besides Pagefind's index, as one small file fetched when a
// search starts: the words that show "Need help now?", each service's routing words and what the
// box shows of it (from content/search.yaml and content/help.yaml, never typed again), the example
// searches, and the links offered when nothing is found. Built with the site; the query never comes here.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { phoneText, telHref } from '../lib/phone';
import { stemmed } from '../browser/help-query';
import { getHelpServices, getLatestYear } from '../lib/site-data';
import { urls } from '../lib/urls';

/** One service as the help box shows it: its number where it has one, else a link to it on /get-help/#<id>. */
export interface SearchHelpService {
  readonly id: string;
  readonly name: string;
  /** The number as shown; the box dials its digits, so the two are the same (the number passed src/lib/phone.ts). */
  readonly phone?: string | undefined;
  readonly hours?: string | undefined;
}

/** The shape of /search-data.json, read by src/browser/search-ui.ts. */
export interface SearchData {
  /**
   * The help words, and below each service's routing words, as their stems (src/browser/help-query.ts),
   * joined by commas: the first search downloads this file, and every byte counts.
   */
  readonly helpWords: string;
  readonly examples: readonly string[];
  readonly help: {
    /** Every national service, with the words that route a search to it (src/browser/help-query.ts). */
    readonly services: readonly (SearchHelpService & { readonly routing: string })[];
    /** The services the box always lists, after those that fit the search (content/search.yaml). */
    readonly always: readonly string[];
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
  const services = (await getHelpServices()).filter((service) => !service.data.partner);
  for (const id of settings.data.helpServices) {
    if (!services.some((s) => s.id === id && s.data.contact?.phone))
      throw new Error(`content/search.yaml names the help service "${id}", which content/help.yaml does not have with a number`);
  }
  const emergency = settings.data.helpServices.includes('emergency')
    ? services.find((s) => s.id === 'emergency')?.data.contact?.phone
    : undefined;
  const routed = new Set(services.flatMap((s) => s.data.routing.map(stemmed)));
  const year = await getLatestYear();
  const data: SearchData = {
    // A help word that is also a service's routing word is sent once: routing words count as help words.
    helpWords: [...new Set(settings.data.helpWords.map(stemmed))].filter((word) => !routed.has(word)).join(','),
    examples: settings.data.examples,
    help: {
      services: services.map(({ id, data: s }) => ({
        id,
        name: s.name,
        // telHref refuses a number the phone rules refuse; the box shows hours only beside a number.
        phone: s.contact?.phone && telHref(s.contact.phone) && phoneText(s.contact.phone),
        hours: s.contact?.phone && s.contact.hours,
        routing: [...new Set(s.routing.map(stemmed))].join(','),
      })),
      always: settings.data.helpServices,
      silentCall: emergency ? `If you cannot speak, call ${emergency} from a mobile and press 55 when asked.` : undefined,
      href: urls.getHelp(),
    },
    report: { href: urls.report(year.id), label: `Read the whole ${year.data.label} report on one page` },
    themes: { href: `${urls.year(year.id)}#themes` },
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
