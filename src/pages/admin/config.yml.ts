import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../cms/config.ts';

/** The editor's configuration, made from the schemas at build time (src/cms/config.ts). */
export const GET: APIRoute = () =>
  new Response(`# Made by src/cms/config.ts from the schemas in src/schemas/: do not edit.\n${stringify(cmsConfig(), { lineWidth: 0 })}`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
