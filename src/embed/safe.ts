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
