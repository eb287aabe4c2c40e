import { useCallback, useEffect, useState, type RefObject } from 'react';

type Mode = 'off' | 'native' | 'overlay';

/** Fields and the charts' own drawings (Recharts and the grid move between marks) keep their arrow keys. */
function ownsArrowKeys(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('input, select, textarea, [contenteditable="true"], [data-chart-drawing]') !== null
  );
}

/**
 * Shows `target` full screen through the Fullscreen API, or as a fixed overlay where the API is
 * missing or refused. While shown, Esc leaves and the left/right arrow keys call `onStep`.
 */
export function useFullscreen(target: RefObject<HTMLElement | null>, onStep: (step: 1 | -1) => void) {
  const [mode, setMode] = useState<Mode>('off');

  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement !== null && document.fullscreenElement === target.current)
        setMode('native');
      else setMode((current) => (current === 'native' ? 'off' : current));
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [target]);

  const exit = useCallback(() => {
    if (document.fullscreenElement !== null) void document.exitFullscreen().catch(() => undefined);
    setMode('off');
  }, []);

  const enter = useCallback(async () => {
    const element = target.current;
    if (element === null) return;
    try {
      if (!document.fullscreenEnabled) throw new Error('Fullscreen unavailable');
      await element.requestFullscreen();
    } catch {
      setMode('overlay');
    }
    element.focus();
  }, [target]);

  useEffect(() => {
    if (mode === 'off') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && document.querySelector('dialog[open]') === null) {
        event.preventDefault();
        exit();
      } else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && !ownsArrowKeys(event.target)) {
        event.preventDefault();
        onStep(event.key === 'ArrowRight' ? 1 : -1);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [mode, exit, onStep]);

  return { presenting: mode !== 'off', enter, exit };
}
