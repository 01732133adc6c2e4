import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from '../store/app-store.ts';
import type { Platform } from '../platform/platform.ts';

export const StoreContext = createContext<AppStore | null>(null);
export const PlatformContext = createContext<Platform | null>(null);

/** The app store of the nearest provider (one per window; tests render their own). */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreContext.Provider>');
  return store;
}

/** Subscribes to a slice of app state. Selectors live at module level (store/selectors.ts). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform must be used inside <PlatformContext.Provider>');
  return platform;
}
