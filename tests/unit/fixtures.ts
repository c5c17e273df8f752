import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '../../src/data/parse';
import type { Dataset } from '../../src/data/schema';
import type { WorkerRequest } from '../../src/data/validationService';

// Vitest runs from the repository root; jsdom's import.meta.url is not a file URL.
export const articleDataset: Dataset = JSON.parse(
  readFileSync(join(process.cwd(), 'data/alliance-network.json'), 'utf8'),
) as Dataset;

/** A deep copy to mutate in a test. */
export function cloneDataset(): Dataset {
  return structuredClone(articleDataset);
}

/**
 * A stand-in for the dataset worker: logs what it is asked ("check" or "check with preview", and
 * "terminated") and answers with the main thread's verdict on the file.
 */
export function fakeValidationWorker(log: string[]): Worker {
  const target = new EventTarget();
  const worker = Object.assign(target, {
    terminate: () => log.push('terminated'),
    postMessage: (request: WorkerRequest) => {
      log.push(request.preview ? 'check with preview' : 'check');
      void (async () => {
        const result = parseDataset(await request.blob!.text());
        target.dispatchEvent(new MessageEvent('message', { data: { id: request.id, result } }));
      })();
    },
  });
  return worker as unknown as Worker;
}
