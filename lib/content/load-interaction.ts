// Owns importing the interaction module at the user's first act in a frame.
import { importExtensionModule } from './import-extension-module';
import { LAZY_INTERACTION_FILE } from '../manifest/script-files';
import { registeredInteraction, type InteractionApi } from './interaction-api';

export async function loadInteraction(): Promise<InteractionApi> {
  await importExtensionModule(LAZY_INTERACTION_FILE);
  const api = registeredInteraction();
  if (!api) throw new Error('The interaction module did not register.');
  return api;
}
