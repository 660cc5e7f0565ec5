// Owns what the panel does with a result after it arrives: the versions (first answer, refinements, a picked
// variant) with Back and Forward, the review of a rewrite (diff, per-change reject, plain toggle), the
// Variants, and the text Insert or Replace will write.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { composeText, diffWords } from '../../lib/diff/word-diff';
import type { GenerationRequestInput } from '../../lib/messaging/generation-schemas';
import type { ConversationTurn } from '../../lib/prompts/conversation-turns';
import type { WritingStyle } from '../../lib/prompts/writing-style';
import type { GenerationState } from './generation-state';
import { reviewsEachChange, rewritesText } from './rewrite-review';
import { useVariants } from './use-variants';
import { useVersions, type Version } from './use-versions';

const NONE: ReadonlySet<number> = new Set();

export interface Ask {
  prompt: string;
  writes: 'insert' | 'replace';
  // The quick action asked, when it was one ('rewrite', 'fix-grammar'…); undefined for the user's own prompt.
  actionId?: string;
  style?: WritingStyle;
  // Refine: the earlier answers and follow-ups of this conversation.
  turns?: ConversationTurn[];
}

interface WritingToolsInput {
  state: GenerationState;
  busy: boolean;
  // The text a rewrite works on (the selection or the whole field), or null.
  original: string | null;
  uiLanguage: string;
  toRequest: (ask: Ask) => GenerationRequestInput;
}

export function useWritingTools({ state, busy, original, uiLanguage, toRequest }: WritingToolsInput) {
  const versions = useVersions<Ask>();
  const variants = useVariants();
  const pending = useRef<Ask | null>(null);
  // Rejections belong to the version they were made on: another version starts with every change kept.
  const [review, setReview] = useState<{ version: Version<Ask> | null; rejected: ReadonlySet<number> }>({ version: null, rejected: NONE });
  const [showDiff, setShowDiff] = useState(true);

  // An answer that finished (or failed after some text) becomes a version; what arrived is kept either way.
  const { status, text: streamed } = state;
  const { push } = versions;
  useEffect(() => {
    if ((status === 'done' || status === 'error') && pending.current && streamed !== '') {
      push({ text: streamed, ask: pending.current });
      pending.current = null;
    }
  }, [status, streamed, push]);

  const current = versions.current;
  const rejected = review.version === current ? review.rejected : NONE;

  const shownText = busy ? streamed : (current?.text ?? streamed);
  const reviewing = !busy && current !== null && rewritesText(current.ask.actionId) && original !== null && original.trim() !== '';
  const parts = useMemo(() => (reviewing && original !== null ? diffWords(original, shownText, uiLanguage) : null), [reviewing, original, shownText, uiLanguage]);
  const reviewable = reviewing && reviewsEachChange(current?.ask.actionId);
  const writeText = parts ? composeText(parts, reviewable ? rejected : new Set()) : shownText;

  const begin = useCallback((ask: Ask) => {
    variants.close();
    pending.current = ask;
  }, [variants]);

  // The shown version's conversation, continued: its answer as the assistant turn, the instruction as the next user turn.
  const refined = useCallback(
    (instruction: string): Ask | null =>
      current
        ? { ...current.ask, turns: [...(current.ask.turns ?? []), { role: 'assistant', content: current.text }, { role: 'user', content: instruction }] }
        : null,
    [current],
  );

  const startVariants = useCallback(() => {
    if (current) variants.start(toRequest(current.ask));
  }, [current, variants, toRequest]);

  const pickVariant = useCallback(
    (index: number) => {
      const picked = variants.variants?.[index];
      if (!current || !picked || picked.text === '') return;
      push({ text: picked.text, ask: current.ask });
      variants.close();
    },
    [current, variants, push],
  );

  const toggleChange = useCallback(
    (id: number) => {
      const next = new Set(rejected);
      if (!next.delete(id)) next.add(id);
      setReview({ version: current, rejected: next });
    },
    [rejected, current],
  );

  return {
    versions,
    variants,
    shownText,
    writeText,
    parts,
    reviewable,
    rejected,
    showDiff,
    setShowDiff,
    toggleChange,
    begin,
    refined,
    startVariants,
    pickVariant,
  };
}
