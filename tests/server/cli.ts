// Runs the test LLM server by hand: `npx tsx tests/server/cli.ts` (PORT, API_KEY, CHUNK_DELAY_MS).
import { startLlmServer } from './llm-server.ts';

const port = Number(process.env.PORT ?? 8787);
const apiKey = process.env.API_KEY || undefined;
const chunkDelay = process.env.CHUNK_DELAY_MS;

const server = await startLlmServer({
  port,
  apiKey,
  defaultChunkDelayMs: chunkDelay !== undefined && chunkDelay !== '' ? Number(chunkDelay) : 30,
});

console.log(`Draftsmith test LLM server listening on ${server.url}

In the extension's options page set:
  Base URL: ${server.baseUrl}   (OpenAI-compatible or Anthropic)
            ${server.geminiBaseUrl}   (Gemini)
  API key:  ${apiKey ?? 'anything (no key is checked; set API_KEY to require one)'}
  Model:    test-model   (also: test-model-mini, fallback-model)

Script faults for the next requests:
  curl -X POST ${server.url}/__control/script -H 'content-type: application/json' \\
    -d '{"faults":[{"kind":"rate-limit","retryAfter":"2"},{"kind":"cut","afterChunks":3}]}'
  kinds: ok, latency{ms}, slow-first-token{ms}, rate-limit, insufficient-quota, unauthorized,
         http-error{status}, error-frame{afterChunks}, cut{afterChunks}, stall{afterChunks}, keepalive{everyMs}
Request log:  curl ${server.url}/__control/requests
Reset:        curl -X POST ${server.url}/__control/reset

Ctrl+C to stop.`);

let stopping = false;
const stop = (): void => {
  if (stopping) process.exit(1); // second Ctrl+C: don't wait
  stopping = true;
  console.log('\nStopping...');
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
