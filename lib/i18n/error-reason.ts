// Owns the short plain phrase for why a provider call failed, used inside status lines ("…; retrying in 4 s").
import type { ErrorCode } from '../errors/generation-error';
import { t, type MessageKey } from './t';

export const REASON_KEYS: Record<ErrorCode, MessageKey> = {
  auth: 'reasonAuth',
  quota: 'reasonQuota',
  'rate-limit': 'reasonRateLimit',
  'context-length': 'reasonContextLength',
  'bad-request': 'reasonBadRequest',
  'not-found': 'reasonNotFound',
  server: 'reasonServer',
  network: 'reasonNetwork',
  timeout: 'reasonTimeout',
  cut: 'reasonCut',
  permission: 'reasonPermission',
  config: 'reasonConfig',
  offline: 'reasonOffline',
  aborted: 'reasonAborted',
  filtered: 'reasonFiltered',
  internal: 'reasonInternal',
};

export function describeReason(code: ErrorCode): string {
  return t(REASON_KEYS[code]);
}
