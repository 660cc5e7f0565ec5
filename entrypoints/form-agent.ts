// Injected into a tab's frames by the background when the popup fills a form; installs the agent once per frame.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createFormAgent, type FormAgent } from '../lib/forms/form-agent';
import { FORM_AGENT_GLOBAL } from '../lib/forms/form-agent-global';

export default defineUnlistedScript(() => {
  const scope = globalThis as typeof globalThis & { [FORM_AGENT_GLOBAL]?: FormAgent };
  scope[FORM_AGENT_GLOBAL] ??= createFormAgent(document);
});
