/** What the layout score weighs: readability faults heavily, the shape lightly. */
export interface Weights {
  crossing: number;
  edgeNode: number;
  edgeLabel: number;
  labelLabel: number;
  labelNode: number;
  nodeNode: number;
  stress: number;
  bend: number;
  size: number;
  labelCost: number;
}

/** The full score. */
export const WEIGHTS: Readonly<Weights> = {
  crossing: 2000,
  edgeNode: 120,
  edgeLabel: 50,
  labelLabel: 60,
  labelNode: 60,
  nodeNode: 60,
  stress: 2,
  bend: 40,
  size: 30,
  labelCost: 1,
};

/** The first phase untangles the graph alone: no labels, no size, symbols may brush relations. */
export const UNTANGLE_WEIGHTS: Readonly<Weights> = {
  ...WEIGHTS,
  crossing: 60,
  edgeNode: 10,
  edgeLabel: 0,
  labelLabel: 0,
  labelNode: 0,
  size: 0,
  labelCost: 0,
};
