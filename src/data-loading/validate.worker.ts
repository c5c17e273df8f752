/// <reference lib="webworker" />
/**
 * Parses and validates a reader's file off the main thread, so a large file
 * never freezes the page (src/data/validationService.ts); for a graph large
 * enough for the canvas renderer it first sends a preview (src/layout/large/preview.ts) so a picture is on
 * screen while the file is still being checked.
 */
import { serveValidation } from '../data/validationService';
import { graphPreview } from '../layout/large/preview';
import type { GraphPreview } from '../layout/large/preview';

serveValidation<GraphPreview>(self as unknown as DedicatedWorkerGlobalScope, (json, request) => {
  const preview = request.preview ? graphPreview(json, request.preview) : null;
  if (!preview) return null;
  const { xy, source, target, nodeKind, edgeGroup } = preview;
  return { preview, transfer: [xy.buffer, source.buffer, target.buffer, nodeKind.buffer, edgeGroup.buffer] };
});
