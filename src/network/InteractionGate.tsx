import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../ui/useT';
import '../embed/embed.css';

/**
 * In an embed, the graphic must not trap the host page's scrolling: until the
 * reader clicks, taps or focuses it, the wheel and one-finger swipes pass to
 * the page (the zoom never sees them) and a tap still selects. Once active,
 * wheel, pinch, pan and drag work as usual; clicking or tapping outside it,
 * moving the mouse out of it, or leaving the frame deactivates it again.
 * State is on `data-active` ("true"/"false").
 */
export function InteractionGate({ children }: { children: ReactNode }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [hint, setHint] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let hintTimer: ReturnType<typeof setTimeout> | undefined;
    const active = () => el.dataset.active === 'true';
    const setActive = (value: boolean) => {
      el.dataset.active = String(value);
      if (value) setHint(false);
    };
    const showHint = () => {
      setHint(true);
      if (hintTimer !== undefined) clearTimeout(hintTimer);
      hintTimer = setTimeout(() => setHint(false), 1800);
    };

    // Capture phase on the wrapper: the zoom and drag handlers below never see a blocked event.
    const onWheel = (e: WheelEvent) => {
      if (active()) return;
      e.stopPropagation();
      showHint();
    };
    const onTouchStart = (e: TouchEvent) => {
      if (e.touches.length >= 2) setActive(true);
    };
    const onTouchMove = (e: TouchEvent) => {
      if (!active() && e.touches.length < 2) e.stopPropagation();
    };
    const onPointerDown = (e: PointerEvent) => {
      lastInside = performance.now();
      if (e.pointerType === 'mouse') setActive(true);
    };
    let lastInside = -Infinity;
    const activate = () => {
      lastInside = performance.now();
      setActive(true);
    };
    const onFocusIn = () => setActive(true);
    // Tabbing out deactivates; focus that a tap sends elsewhere (e.g. to the detail panel) does not.
    const onFocusOut = (e: FocusEvent) => {
      if (performance.now() - lastInside < 1000) return;
      if (e.relatedTarget instanceof Node && !el.contains(e.relatedTarget)) setActive(false);
    };
    const onPointerLeave = (e: PointerEvent) => {
      if (e.pointerType === 'mouse') setActive(false);
    };
    const onDocPointerDown = (e: PointerEvent) => {
      if (e.target instanceof Node && !el.contains(e.target)) setActive(false);
    };
    const deactivate = () => setActive(false);

    el.addEventListener('wheel', onWheel, { capture: true, passive: true });
    el.addEventListener('touchstart', onTouchStart, { capture: true, passive: true });
    el.addEventListener('touchmove', onTouchMove, { capture: true, passive: true });
    el.addEventListener('pointerdown', onPointerDown, true);
    el.addEventListener('click', activate, true);
    el.addEventListener('focusin', onFocusIn);
    el.addEventListener('focusout', onFocusOut);
    el.addEventListener('pointerleave', onPointerLeave);
    document.addEventListener('pointerdown', onDocPointerDown, true);
    window.addEventListener('blur', deactivate);
    return () => {
      if (hintTimer !== undefined) clearTimeout(hintTimer);
      el.removeEventListener('wheel', onWheel, true);
      el.removeEventListener('touchstart', onTouchStart, true);
      el.removeEventListener('touchmove', onTouchMove, true);
      el.removeEventListener('pointerdown', onPointerDown, true);
      el.removeEventListener('click', activate, true);
      el.removeEventListener('focusin', onFocusIn);
      el.removeEventListener('focusout', onFocusOut);
      el.removeEventListener('pointerleave', onPointerLeave);
      document.removeEventListener('pointerdown', onDocPointerDown, true);
      window.removeEventListener('blur', deactivate);
    };
  }, []);

  return (
    <div ref={ref} className="interaction-gate" data-active="false">
      {children}
      <p className={`gate-hint${hint ? ' is-visible' : ''}`} aria-hidden="true">
        {t('gateHint')}
      </p>
    </div>
  );
}
