// Owns the sentence shown for each class of generation failure.
import type { GenerationErrorInfo } from '../errors/generation-error';
import { t, type MessageKey } from './t';

const KEYS: Record<GenerationErrorInfo['code'], MessageKey> = {
  auth: 'errorAuth',
  quota: 'errorQuota',
  'rate-limit': 'errorRateLimit',
  'context-length': 'errorContextLength',
  'bad-request': 'errorBadRequest',
  'not-found': 'errorNotFound',
  server: 'errorServer',
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  cut: 'errorCut',
  permission: 'errorPermission',
  config: 'errorConfig',
  offline: 'errorOffline',
  aborted: 'errorAborted',
  filtered: 'errorFiltered',
  internal: 'errorInternal',
};

export function describeError(error: GenerationErrorInfo): string {
  return t(KEYS[error.code], error.message);
}
