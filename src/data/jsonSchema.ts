/**
 * The JSON Schema of the dataset format (`data/schema.json`), generated from
 * the valibot schema. Cross-references (unique ids, edges and story steps that
 * point at existing ids) cannot be expressed in JSON Schema; `npm run validate`
 * checks them too.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  DatasetShape,
  Evidence,
  GraphEdge,
  GraphNode,
  HttpUrl,
  Id,
  Layer,
  LocalizedText,
  Meta,
  PartialDate,
  Story,
  StoryStep,
} from './schema';

export function datasetJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DatasetShape, {
    target: 'draft-2020-12',
    definitions: {
      Meta,
      Layer,
      GraphNode,
      GraphEdge,
      Story,
      StoryStep,
      Evidence,
      LocalizedText,
      Id,
      HttpUrl,
      PartialDate,
    },
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://alliance-network.example/data/schema.json',
    title: 'Alliance Network dataset (version 1)',
    description:
      'A network of nodes and relations with evidence, in German and English. Generated from src/data/schema.ts by `npm run schema`; do not edit. Beyond this schema, node, edge, story and story step ids must be unique, edges and story steps must point at existing ids, every layer a node, edge or story names must be declared in meta.layers, dates must be real calendar dates and an edge must not end before its date (`npm run validate` checks everything).',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
