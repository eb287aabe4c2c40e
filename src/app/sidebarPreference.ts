const STORAGE_KEY = 'trendscope:sidebar';

/** Whether the filters sidebar was left collapsed; open when nothing is stored or storage is blocked. */
export function readSidebarCollapsed(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'collapsed';
  } catch {
    return false;
  }
}

/** Remembers the choice for the next visit; a browser that refuses storage keeps it for this page only. */
export function writeSidebarCollapsed(collapsed: boolean): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, collapsed ? 'collapsed' : 'open');
  } catch {
    // Nothing to do: the choice still applies until the page is closed.
  }
}
