/**
 * The app's one key map: which global key does what, given where focus is and
 * what is open. Keys a focused control owns stay with that control: Space and
 * Enter press the focused button, arrows move in a text field, a slider or the
 * network, so the story never steals them.
 */
export type AppKeyAction =
  'story-next' | 'story-prev' | 'story-first' | 'story-last' | 'leave-presentation' | 'clear-selection';

/** Keys that presenter clickers send, and Home/End. */
export function storyKeyAction(key: string, shift: boolean): 'next' | 'prev' | 'first' | 'last' | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shift ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** What the focused element is, as far as keys go. */
export type FocusKind = 'text' | 'control' | 'arrows' | 'none';

const TEXT_INPUT_TYPES = /^(text|search|email|url|tel|password|number|date|time|datetime-local|month|week)$/;
const ARROW_ROLES =
  /^(slider|spinbutton|tab|tablist|radio|radiogroup|listbox|option|menu|menuitem|grid|tree)$/;
const CONTROL_ROLES = /^(button|link|checkbox|switch|menuitemcheckbox|menuitemradio)$/;

/** Classifies the event target: does it own Space/Enter ("control"), arrows too ("arrows"), or all keys ("text")? */
export function focusKind(target: EventTarget | null): FocusKind {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return 'none';
  const el = target as HTMLElement;
  if (el.isContentEditable) return 'text';
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return 'text';
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (TEXT_INPUT_TYPES.test(type)) return 'text';
    if (type === 'range' || type === 'radio') return 'arrows';
    return 'control';
  }
  // A network node moves between nodes with the arrows and selects with Enter/Space.
  if (el.closest('[data-node-id]')) return 'arrows';
  const role = el.getAttribute('role') ?? '';
  if (ARROW_ROLES.test(role)) return 'arrows';
  if (
    tag === 'BUTTON' ||
    tag === 'SUMMARY' ||
    (tag === 'A' && el.hasAttribute('href')) ||
    CONTROL_ROLES.test(role)
  )
    return 'control';
  return 'none';
}

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** Something (a control's own handler) already acted on the key. */
  defaultPrevented: boolean;
  focus: FocusKind;
}

export interface KeyContext {
  storyOpen: boolean;
  presenting: boolean;
}

export function appKeyAction(e: KeyInput, ctx: KeyContext): AppKeyAction | null {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return null;
  if (e.key === 'Escape') return ctx.presenting ? 'leave-presentation' : 'clear-selection';
  if (!ctx.storyOpen || e.focus === 'text') return null;
  const action = storyKeyAction(e.key, e.shiftKey);
  if (!action) return null;
  const isSpace = e.key === ' ' || e.key === 'Spacebar';
  if (isSpace && (e.focus === 'control' || e.focus === 'arrows')) return null;
  if (e.key.startsWith('Arrow') && e.focus === 'arrows') return null;
  return `story-${action}`;
}
