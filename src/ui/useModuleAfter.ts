import { useEffect, useState } from 'react';

/**
 * A module loaded once `ready` turns true, then kept: for parts a first view does not
 * need. Unlike `lazy` + `Suspense`, nothing suspends when it arrives, so React schedules
 * no throttled reveal (a timer that would wake an otherwise idle page).
 */
export function useModuleAfter<T>(ready: boolean, load: () => Promise<T>): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    if (!ready || module) return;
    let current = true;
    void load().then((m) => {
      if (current) setModule(() => m);
    });
    return () => {
      current = false;
    };
  }, [ready, module, load]);
  return module;
}
