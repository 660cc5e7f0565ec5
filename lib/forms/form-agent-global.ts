// Owns the names shared by the injected form agent and the background that injects it (no zod: pages load this).
export const FORM_AGENT_GLOBAL = '__draftsmithFormAgent';
export const FORM_AGENT_FILE = '/form-agent.js';
