/**
 * Browser features that a sandboxed iframe (`sandbox="allow-scripts"`, opaque
 * origin) or a strict host may refuse: clipboard, storage, fullscreen. Each
 * helper catches the failure and reports it as a plain value; none throws.
 */
interface PolicyDocument {
  permissionsPolicy?: { allowsFeature(feature: string): boolean };
  featurePolicy?: { allowsFeature(feature: string): boolean };
}

/** False when the frame's permissions policy rules the feature out (e.g. a sandboxed iframe). */
export function featureAllowed(feature: string): boolean {
  try {
    const policy =
      (document as Document & PolicyDocument).permissionsPolicy ??
      (document as Document & PolicyDocument).featurePolicy;
    return policy ? policy.allowsFeature(feature) : true;
  } catch {
    return true;
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    // Asking a frame that may not use the clipboard only earns a console error.
    if (!featureAllowed('clipboard-write')) return false;
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard || typeof clipboard.writeText !== 'function') return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    // Opaque origins throw a SecurityError on the mere access to localStorage.
    return null;
  }
}

export function writeStorage(key: string, value: string): boolean {
  try {
    window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export async function enterFullscreen(el: Element): Promise<boolean> {
  try {
    if (typeof el.requestFullscreen !== 'function' || document.fullscreenEnabled === false) return false;
    await el.requestFullscreen();
    return true;
  } catch {
    return false;
  }
}

export async function exitFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
  } catch {
    // Already left, or never allowed.
  }
}
