// Owns every TanStack Query key and queryOptions used by the extension's pages.
import { queryOptions } from '@tanstack/react-query';
import { sendMessage } from '../lib/messaging/messenger';

export const queryKeys = {
  settings: ['settings'] as const,
};

export const settingsQuery = queryOptions({
  queryKey: queryKeys.settings,
  queryFn: () => sendMessage('getSettings', undefined),
});
