/**
 * The JSON Schema of the dataset format (`data/schema.json`), generated from
 * the valibot schema. Cross-references (unique ids, edges and story steps that
 * point at existing ids) and unpaired surrogates cannot be expressed in JSON
 * Schema; `npm run validate` checks them too.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  DatasetShape,
  Description,
  Evidence,
  GraphEdge,
  GraphNode,
  HttpUrl,
  Id,
  Label,
  Layer,
  Meta,
  Note,
  PartialDate,
  Question,
  Story,
  StoryStep,
  Title,
} from './schema';
import { REFUSED_CHARACTERS, isCleanText } from './textRules';

export function datasetJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DatasetShape, {
    target: 'draft-2020-12',
    definitions: {
      Meta,
      Layer,
      Story,
      PartialDate,
      GraphNode,
      GraphEdge,
      StoryStep,
      Evidence,
      Label,
      Title,
      Description,
      Note,
      Question,
      Id,
      HttpUrl,
    },
    // The text check: no refused character anywhere in the string.
    overrideAction: ({ valibotAction, jsonSchema }) =>
      valibotAction.type === 'check' &&
      (valibotAction as { requirement?: unknown }).requirement === isCleanText
        ? { ...jsonSchema, not: { pattern: REFUSED_CHARACTERS } }
        : undefined,
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://alliance-network.example/data/schema.json',
    title: 'Alliance Network dataset (version 1)',
    description:
      'A network of nodes and relations with evidence, in German and English. Generated from src/data/schema.ts by `npm run schema`; do not edit. Beyond this schema, node, edge, story and story step ids must be unique, edges and story steps must point at existing ids, every layer a node, edge or story names must be declared in meta.layers, dates must be real calendar dates and an edge must not end before its date, keys must not repeat within an object, and text must be well-formed Unicode (`npm run validate` checks everything).',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
