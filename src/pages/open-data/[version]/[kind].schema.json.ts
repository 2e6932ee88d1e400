// The open-data files' JSON Schemas (/open-data/v1/figures.schema.json, achievements, priorities.schema.json),
// generated from the zod schemas the build checks the files with (src/lib/open-data.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchema, openDataKinds, openDataUrls, type OpenDataKind } from '../../../lib/open-data';

export const getStaticPaths = (() =>
  openDataKinds.map((kind) => {
    const [, , version] = openDataUrls.schema(kind).split('/');
    return { params: { version: version!, kind }, props: { kind } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: OpenDataKind }> = ({ props, site, url }) =>
  new Response(`${JSON.stringify(jsonSchema(props.kind, site ?? url), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
