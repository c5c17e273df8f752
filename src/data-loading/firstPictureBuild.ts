/**
 * Build step (vite.config.ts): the first picture of a `data=` file (./firstPicture.ts) as one
 * self-contained module, `assets/first-picture-<hash>.js`, built apart from the app. One file:
 * the head script asks for it beside the file, and its pieces shared with the app would
 * otherwise come as several chunks, one after another or queued behind the app's own (a browser
 * fetches six files at a time from a server without HTTP/2). The app's chunks stay as they were.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Plugin, Rollup } from 'vite';

/** The file name the first picture gets in the build (content-hashed). */
export const FIRST_PICTURE_FILE = /^assets\/first-picture-[\w-]+\.js$/;

async function bundle(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: {
        entry: fileURLToPath(new URL('./firstPicture.ts', import.meta.url)),
        formats: ['es'],
        fileName: 'first-picture',
      },
      rollupOptions: { output: { codeSplitting: false } },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  const chunks = outputs.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`first picture: expected one module, got ${chunks.length}`);
  return chunks[0]!.code;
}

export function firstPictureModule(): Plugin {
  return {
    name: 'alliance-network:first-picture',
    apply: 'build',
    async generateBundle(_options, output) {
      // The dataset worker the app builds (src/data-loading/validate.worker.ts), started early here.
      const worker = Object.keys(output).find((name) => /^assets\/validate\.worker-[\w-]+\.js$/.test(name));
      if (!worker) throw new Error('first picture: the build has no dataset worker');
      const code = (await bundle()).replaceAll(
        '__DATASET_WORKER__',
        JSON.stringify(`./${worker.slice('assets/'.length)}`),
      );
      if (code.includes('__DATASET_WORKER__')) throw new Error('first picture: worker not set');
      const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
      this.emitFile({ type: 'asset', fileName: `assets/first-picture-${hash}.js`, source: code });
    },
  };
}
