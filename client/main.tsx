// Entry point: one Explorer, the React shell around it, the debugging hook.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ExplorerContext } from './app/context';
import { installDebugHook } from './app/debug-hook';
import { Explorer } from './app/explorer';
import './styles.css';

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: saved views and history degrade, the app works
  }
}

const explorer = new Explorer(safeStorage());
installDebugHook(explorer, () => document.querySelector<HTMLElement>('.canvas-host'));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ExplorerContext.Provider value={explorer}>
        <App />
      </ExplorerContext.Provider>
    </StrictMode>,
  );
}
void explorer.init();
