import { defineBackground } from 'wxt/utils/define-background';
import { setupAutocomplete } from '../../lib/background/setup-autocomplete';
import { setupCommands } from '../../lib/background/setup-commands';
import { setupContextMenu } from '../../lib/background/context-menu';
import { setupGenerationPort } from '../../lib/background/setup-generation-port';
import { setupMessages } from '../../lib/background/setup-messages';
import { setupOfflineQueue } from '../../lib/background/setup-offline-queue';
import { setupOnboarding } from '../../lib/background/setup-onboarding';
import { setupOptionsMessages } from '../../lib/background/options-messages';
import { setupPopupMessages } from '../../lib/background/popup-messages';
import { setupSiteSwitch } from '../../lib/background/site-switch';
import { restrictSecretsToTrustedContexts } from '../../lib/settings/secret-store';
import { loadSettings } from '../../lib/settings/settings-store';

export default defineBackground({
  type: 'module',
  main() {
    void restrictSecretsToTrustedContexts();
    // Migrate (or back up and reset) stored settings as soon as the extension starts or updates.
    void loadSettings().catch(() => undefined);
    setupMessages();
    setupGenerationPort();
    setupCommands();
    setupContextMenu();
    setupOfflineQueue();
    setupOptionsMessages();
    setupPopupMessages();
    setupSiteSwitch();
    setupOnboarding();
    setupAutocomplete();
  },
});
