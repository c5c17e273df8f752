/**
 * The two tiny inline scripts that show the right prerendered picture before
 * the first paint, and the app's side of the same decision. The build
 * (./vitePlugin.ts) puts them into index.html and allows exactly them by
 * their SHA-256 hashes in the Content-Security-Policy (no 'unsafe-inline').
 *
 * The build renders the article view twice, in German (in #root) and in
 * English (in a <template>). The head script decides, as the app will:
 * `lang=` from the URL, else the browser's first language (German for de-*,
 * English otherwise; src/data/lang.ts), and sets <html lang> and
 * data-prerender: "de", "en", or "skip" when the URL asks for something the
 * article view is not (another dataset with `data=`, the embed layout).
 * Until the body script has put the right variant in place the stylesheet
 * keeps a wrong one invisible (styles.css, "Prerendered picture"), so no
 * reader ever sees one language swapped for the other. Without JavaScript
 * nothing runs: the German article view, as the article itself.
 */
import type { Lang } from '../../data/lang';
import { MAX_FILE_BYTES } from '../../data/limits.js';

/** The dataset worker's file in the build, started for files larger than `fromBytes`. */
export interface DatasetWorker {
  file: string;
  fromBytes: number;
}

/**
 * Plain ES5 in <head>: language, theme and whether the prerendered view fits the URL; the article's
 * dataset for the article view (`articleData`); and for a `data=` URL of this site, the file's
 * download, so it runs while the app's code is fetched and started. Outside the embed layout, when
 * the build has one (`firstPicture`, its file), the file is fetched here and the first picture's
 * module (src/data-loading/firstPicture.ts) loaded, which draws a large graph before the app has
 * started and hands it the response. Otherwise the file is preloaded, and the app's fetch of the
 * same URL takes the preloaded response once it is complete (`data-done` on the link, see
 * src/data-loading/datasetLoading.ts). Other origins wait for the app's check of the allowed data
 * origins.
 */
export function headScript(
  firstPicture: string | null,
  articleData: string | null = null,
  datasetWorker: DatasetWorker | null = null,
): string {
  // With the first picture's module: the file is fetched here (the module and then the app take
  // the response over: window.allianceNetworkDownload); otherwise preloaded, for the app's fetch.
  const preload = `var k=document.createElement('link');k.rel='preload';k.setAttribute('as','fetch');k.crossOrigin='anonymous';k.href=u.href;k.onload=k.onerror=function(){k.setAttribute('data-done','')};document.head.appendChild(k)`;
  // The body is read at once, as it arrives (src/data-loading/firstPictureHandover.ts, Download);
  // a file too large to be previewed on the page also gets the dataset worker as soon as the
  // headers say so: it takes some 100 ms to start on a small machine, and the first picture's
  // module (which takes it: window.allianceNetworkDatasetWorker) runs only once it has arrived.
  const worker = datasetWorker
    ? `if(r.ok&&n>${datasetWorker.fromBytes}&&n<=${MAX_FILE_BYTES})try{window.allianceNetworkDatasetWorker=new Worker(${JSON.stringify(datasetWorker.file)},{type:'module'})}catch(x){}`
    : '';
  const read = `var b=f.then(function(r){var n=Number(r.headers.get('content-length'));${worker}return r.ok&&!(n>${MAX_FILE_BYTES})?r.blob():null}).catch(function(){return null});`;
  const fetchAndPicture = `var f=fetch(u.href,{credentials:'same-origin'});f.catch(function(){});${read}window.allianceNetworkDownload={url:u.href,response:f,blob:b};var s=document.createElement('script');s.type='module';s.src=${JSON.stringify(firstPicture)};s.setAttribute('data-first-picture-module','');document.head.appendChild(s)`;
  const load = firstPicture ? `if(em){${preload}}else{${fetchAndPicture}}` : preload;
  // The article's dataset, for the article view only (a page with data= has its own file).
  const article = articleData
    ? `if(v===null){var a=document.createElement('link');a.rel='preload';a.setAttribute('as','fetch');a.crossOrigin='anonymous';a.href=${JSON.stringify(articleData)};document.head.appendChild(a)}`
    : '';
  return `(function(){var d=document.documentElement,q=new URLSearchParams(location.search),l=q.get('lang');if(l!=='de'&&l!=='en'){var n=navigator.languages||[navigator.language];l=String(n[0]||'en').toLowerCase().indexOf('de')===0?'de':'en'}d.lang=l;var t=q.get('theme');if(t==='light'||t==='dark')d.setAttribute('data-theme',t);var e=q.get('embed'),on=e==='1'||e==='true',off=e==='0'||e==='false',em=on||(q.has('childId')&&!off),v=q.get('data');d.setAttribute('data-prerender',em||v!==null?'skip':l);${article}if(v)try{var u=new URL(v,document.baseURI);if(u.origin===location.origin&&/^https?:$/.test(u.protocol)){${load}}}catch(x){}})();`;
}

export const HEAD_SCRIPT = headScript(null);

/** Right after #root and the <template>: swaps in the English view, or clears a view that does not fit. */
export const BODY_SCRIPT = `(function(){var d=document.documentElement,r=document.getElementById('root'),m=d.getAttribute('data-prerender');if(!r||!m)return;var t=document.getElementById('an-prerendered-'+m);if(m!==r.getAttribute('data-prerendered')){if(t){r.replaceChildren(t.content);r.setAttribute('data-prerendered',m)}else{r.replaceChildren();r.removeAttribute('data-prerendered')}}var a=document.querySelectorAll('template[data-prerendered-lang]');for(var i=0;i<a.length;i++)a[i].remove()})();`;

/** True when the URL asks for a view the prerendered article view is not (mirrors HEAD_SCRIPT). */
export function skipsPrerender(search: string): boolean {
  const q = new URLSearchParams(search);
  const embed = q.get('embed');
  const on = embed === '1' || embed === 'true';
  const off = embed === '0' || embed === 'false';
  return q.has('data') || on || (q.has('childId') && !off);
}

/** Whether the app can hydrate the markup in `root`: the article view, in the reader's language. */
export function prerenderedFits(root: HTMLElement, search: string, lang: Lang): boolean {
  return root.dataset.prerendered === lang && !skipsPrerender(search);
}
