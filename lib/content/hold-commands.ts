// Owns hearing the background from the user's first act in a frame, and holding what it says until the
// interaction module can answer. Registered in the same event that imports the module, so a command that
// follows the act (the keyboard shortcut after focusing a field, a menu click after the press that opened the
// menu) is never lost to the import's few milliseconds.
import { extensionApi } from '../platform/extension-api';
import { BACKGROUND_COMMANDS, type AnswerCommand, type BackgroundCommand, type BackgroundSender } from './interaction-api';

// @webext-core/messaging's wire format, which the background's sendMessage speaks: { id, type, data,
// timestamp } in, { res } or { err } out.
interface WireMessage {
  type: BackgroundCommand;
  data?: unknown;
}

const isCommand = (message: unknown): message is WireMessage => {
  if (typeof message !== 'object' || message === null) return false;
  const { type, timestamp } = message as { type?: unknown; timestamp?: unknown };
  return typeof timestamp === 'number' && (BACKGROUND_COMMANDS as readonly unknown[]).includes(type);
};

export function holdCommands(answer: Promise<AnswerCommand>): void {
  extensionApi().runtime.onMessage.addListener((message: unknown, sender: BackgroundSender, sendResponse: (reply: unknown) => void) => {
    // Anything else is not ours to answer: another listener, or nobody.
    if (!isCommand(message)) return false;
    answer
      .then((answerCommand) => answerCommand(message.type, message.data, sender))
      .then(
        (res) => sendResponse({ res }),
        // The module failed to load or its handler threw: the background hears why instead of waiting.
        (error: unknown) => sendResponse({ err: { name: 'Error', message: error instanceof Error ? error.message : String(error), stack: '' } }),
      );
    return true;
  });
}
