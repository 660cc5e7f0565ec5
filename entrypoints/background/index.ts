import { defineBackground } from 'wxt/utils/define-background';
import { setupCommands } from '../../lib/background/setup-commands';
import { setupGenerationPort } from '../../lib/background/setup-generation-port';
import { setupMessages } from '../../lib/background/setup-messages';
import { setupOfflineQueue } from '../../lib/background/setup-offline-queue';
import { restrictSecretsToTrustedContexts } from '../../lib/settings/secret-store';

export default defineBackground({
  type: 'module',
  main() {
    void restrictSecretsToTrustedContexts();
    setupMessages();
    setupGenerationPort();
    setupCommands();
    setupOfflineQueue();
  },
});
