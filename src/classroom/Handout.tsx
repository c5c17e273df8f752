/** The printed handout's parts, one chunk loaded after the first picture (see App.tsx). */
export { PrintRelations } from './PrintRelations';
export { PrintStep } from './PrintStep';
