// React access to the one Explorer instance.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Explorer, UiState } from './explorer';

export const ExplorerContext = createContext<Explorer | null>(null);

export function useExplorer(): Explorer {
  const e = useContext(ExplorerContext);
  if (!e) throw new Error('useExplorer outside <ExplorerContext.Provider>');
  return e;
}

export function useUiState(): UiState {
  const e = useExplorer();
  return useSyncExternalStore(e.subscribe, e.getState);
}
