// A classic script each extension page loads before its modules (index.html), so zod's JIT is off before zod loads
// there: lib/platform/zod-jitless.ts says why.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import '../lib/platform/zod-jitless';

export default defineUnlistedScript(() => undefined);
