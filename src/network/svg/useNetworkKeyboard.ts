/**
 * Keyboard access to the drawn network. The nodes form one tab stop (roving
 * tabindex): Tab lands on the last focused node (first visible node at
 * start), arrow keys move to the nearest node in that direction,
 * Enter/Space selects it and opens its details, Escape clears, `+`/`-` zoom
 * and `0` fits the view. The camera follows the focused node.
 */
import { useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import type { GraphNode } from '../../data/schema';
import { ARROW_DIRECTIONS, nearestInDirection } from '../../graph/keyboardNav';
import type { LayoutEngine } from '../../layout/simulation';
import { useAppStore } from '../../store/store';

export interface NetworkKeyboardOptions {
  nodes: readonly GraphNode[];
  layout: LayoutEngine | null;
  /** The drawn node elements by id. */
  element(id: string): SVGGElement | undefined;
  zoomBy(factor: number): void;
  fit(): void;
  /** The key help shown over the network while a node has keyboard focus: the camera keeps nodes clear of it. */
  keyHelp?(): Element | null;
}

export interface NetworkKeyboard {
  /** The node that takes Tab into the network (tabindex 0); null if none is visible. */
  tabStop: string | null;
  /** The node that has keyboard focus right now, if any (drawn with a focus ring). */
  focused: string | null;
  onKeyDown(event: KeyboardEvent<SVGGElement>): void;
  onNodeFocus(id: string, event: FocusEvent<SVGGElement>): void;
  onNodeBlur(id: string): void;
}

export const ZOOM_STEP = 1.4;

function nodeIdOf(target: EventTarget): string | null {
  const el = (target as Element).closest?.('[data-node-id]');
  return el instanceof SVGElement || el instanceof HTMLElement ? (el.dataset.nodeId ?? null) : null;
}

function isKeyboardFocus(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}

export function useNetworkKeyboard(options: NetworkKeyboardOptions): NetworkKeyboard {
  const { nodes, layout, element, zoomBy, fit, keyHelp } = options;
  // Bring a node into view, clear of the detail panel and of the key help (which must not cover its label).
  const follow = (id: string) =>
    useAppStore.getState().focusNode(id, { clearOf: keyHelp?.()?.getBoundingClientRect() });
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  const [active, setActive] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);

  const tabStop = active && nodes.some((n) => n.id === active) ? active : (nodes[0]?.id ?? null);

  function moveTo(id: string) {
    setActive(id);
    element(id)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<SVGGElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = nodeIdOf(event.target);
    const direction = ARROW_DIRECTIONS[event.key];
    if (direction) {
      event.preventDefault();
      const from = current ?? tabStop;
      if (!from || !layout) return;
      if (!current) return moveTo(from);
      const points = nodes.flatMap((n) => {
        const p = layout.position(n.id);
        return p ? [{ id: n.id, x: p.x ?? 0, y: p.y ?? 0 }] : [];
      });
      const next = nearestInDirection(from, direction, points);
      if (next) moveTo(next);
      return;
    }
    switch (event.key) {
      case 'Enter':
      case ' ':
        if (!current) return;
        event.preventDefault();
        select({ type: 'node', id: current });
        return;
      case 'Escape':
        select(null);
        return;
      case '+':
      case '=':
        event.preventDefault();
        zoomBy(ZOOM_STEP);
        if (current) follow(current);
        return;
      case '-':
      case '_':
        event.preventDefault();
        zoomBy(1 / ZOOM_STEP);
        return;
      case '0':
        event.preventDefault();
        fit();
        return;
    }
  }

  function onNodeFocus(id: string, event: FocusEvent<SVGGElement>) {
    setActive(id);
    setFocused(null);
    // A click focuses the node too; only keyboard focus moves the camera and highlights.
    if (!isKeyboardFocus(event.currentTarget)) return;
    setFocused(id);
    hover(id);
    follow(id);
    // On phones the details are a bottom sheet over the page: scroll the node above it
    // (the sheet's height is the root's scroll-padding, see accessibility.css).
    event.currentTarget
      .querySelector('.node-symbol')
      ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  function onNodeBlur(id: string) {
    setFocused((f) => (f === id ? null : f));
    if (useAppStore.getState().hovered === id) hover(null);
  }

  return { tabStop, focused, onKeyDown, onNodeFocus, onNodeBlur };
}
