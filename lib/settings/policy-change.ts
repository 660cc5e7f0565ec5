// Owns telling a storage change that may change the organisation policy: storage.managed itself, or the copy of
// the policy last read replaced by a fresh read (managed-policy-store.ts). Kept apart from that store so the
// listeners that only need this test (the options page's among them) do not bundle the policy's schema.
export const MANAGED_POLICY_COPY_KEY = 'managedPolicyCopy';

export function isPolicyChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && MANAGED_POLICY_COPY_KEY in changes);
}
