/**
 * Build step (vite.config.ts): the app's code (./start.tsx, which the entry ./main.tsx imports
 * with `import()` once the first picture allows) is linked from the page like a static import:
 * `modulepreload` for its chunk and the chunks that chunk imports, so they download and compile
 * at once, and its stylesheets, so the prerendered article is styled from the first paint (as
 * before the split; Vite's loader finds them linked and does not add them again).
 */
import type { Plugin, Rollup } from 'vite';

const START_MODULE = /[\\/]src[\\/]app[\\/]start\.tsx$/;

/** The link tags for the chunk of `module` in `bundle`: its stylesheets, then its modules. */
export function appCodeLinks(bundle: Rollup.OutputBundle, module: RegExp = START_MODULE): string {
  const chunks = Object.values(bundle).filter((f): f is Rollup.OutputChunk => f.type === 'chunk');
  const start = chunks.find((c) => c.facadeModuleId !== null && module.test(c.facadeModuleId));
  if (!start) throw new Error('preloadApp: no chunk for src/app/start.tsx in the build');
  const css = [...(start.viteMetadata?.importedCss ?? [])];
  const modules = [start.fileName];
  for (let i = 0; i < modules.length; i++) {
    const chunk = chunks.find((c) => c.fileName === modules[i]);
    for (const dep of chunk?.imports ?? []) if (!modules.includes(dep)) modules.push(dep);
  }
  return [
    ...css.map((f) => `<link rel="stylesheet" crossorigin href="./${f}">`),
    ...modules.map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`),
  ].join('\n    ');
}

export function preloadApp(): Plugin {
  return {
    name: 'alliance-network:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const links = appCodeLinks(ctx.bundle);
        // After the entry's own tags (Vite puts them before </head>), which are already linked.
        const present = (tag: string) => {
          const file = /href="([^"]+)"/.exec(tag)?.[1];
          return file !== undefined && (html.includes(`href="${file}"`) || html.includes(`src="${file}"`));
        };
        const add = links.split('\n    ').filter((tag) => !present(tag));
        return html.replace('</head>', `  ${add.join('\n    ')}\n  </head>`);
      },
    },
  };
}
