/**
 * The page's entry: it runs the app's code (./start.tsx) once the first picture of a reader's
 * `data=` file no longer needs the main thread (src/data-loading/firstPictureHandover.ts), at once
 * otherwise. The build links that code with `modulepreload` (./preloadApp.ts), so it downloads and
 * compiles beside the file; only running it waits. Why: running it takes some 30–60 ms of the main
 * thread in one task, and when the file arrived during that task, the first picture waited for it.
 */
import { appMayStart } from '../data-loading/firstPictureHandover';

void appMayStart().then(() => import('./start'));
