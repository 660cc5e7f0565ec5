// First: its mark splits loading the script from evaluating the modules below.
import '../../lib/diagnostics/evaluation-start';
// Before any module that imports zod.
import '../../lib/platform/zod-jitless';
import { defineBackground } from 'wxt/utils/define-background';
import { setupDiagnosticsMessages } from '../../lib/background/diagnostics-messages';
import { setupDiagnosticsStore } from '../../lib/background/diagnostics-store';
import { setupAutocomplete } from '../../lib/background/setup-autocomplete';
import { setupCommands } from '../../lib/background/setup-commands';
import { setupContextMenu } from '../../lib/background/context-menu';
import { setupGenerationPort } from '../../lib/background/setup-generation-port';
import { setupOpenTabInjection } from '../../lib/background/inject-open-tabs';
import { setupMessages } from '../../lib/background/setup-messages';
import { setupOfflineQueue } from '../../lib/background/setup-offline-queue';
import { setupOnboarding } from '../../lib/background/setup-onboarding';
import { setupOptionsMessages } from '../../lib/background/options-messages';
import { setupPopupMessages } from '../../lib/background/popup-messages';
import { setupSiteSwitch } from '../../lib/background/site-switch';
import { restrictSecretsToTrustedContexts } from '../../lib/settings/secret-store';
import { loadSettings } from '../../lib/settings/settings-store';
import { diagnose } from '../../lib/diagnostics/diagnostics-log';
import { markStartup } from '../../lib/diagnostics/startup-marks';

export default defineBackground({
  main() {
    markStartup('main');
    // First, so that failures during the rest of start-up are recorded.
    void setupDiagnosticsStore();
    void restrictSecretsToTrustedContexts();
    // Migrate (or back up and reset) stored settings as soon as the extension starts or updates.
    void loadSettings().catch(diagnose('startup', 'load and migrate settings'));
    setupMessages();
    setupDiagnosticsMessages();
    setupGenerationPort();
    setupCommands();
    setupContextMenu();
    setupOfflineQueue();
    setupOptionsMessages();
    setupPopupMessages();
    setupSiteSwitch();
    setupOnboarding();
    setupOpenTabInjection();
    setupAutocomplete();
    markStartup('listeners');
  },
});
