// Owns what the panel's Insert, Replace and Copy do to the field and the clipboard, and the notice each leaves.
import { useCallback, useState } from 'react';
import { copyText } from '../../lib/dom/copy-text';
import type { EditableField } from '../../lib/dom/editable-field';
import { insertIntoField, type FieldSnapshot, type InsertMode, type InsertOutcome } from '../../lib/dom/insert-text';
import { t, type MessageKey } from '../../lib/i18n/t';

const WRITTEN: Record<InsertMode, MessageKey> = { insert: 'statusInserted', replace: 'statusReplaced' };

// What went into the field, said in words, for the notice that replaces the panel.
export interface WrittenNotice {
  mode: InsertMode;
  message: string;
}

export function useFieldWriter(field: EditableField, snapshot: FieldSnapshot) {
  const [writing, setWriting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  // Resolves with the notice when the text went in; null when it did not (the panel stays and says why).
  const write = useCallback(
    async (text: string, mode: InsertMode): Promise<WrittenNotice | null> => {
      setWriting(true);
      setNotice(t('statusInserting'));
      const outcome: InsertOutcome = await insertIntoField(field, text, snapshot, mode).catch(() => 'rejected' as const);
      setWriting(false);
      if (outcome === 'inserted') return { mode, message: t(WRITTEN[mode]) };
      if (outcome === 'inserted-at-caret') return { mode, message: t('statusInsertedAtCaret') };
      // Never a silent failure: the text goes to the clipboard and the panel says so.
      const copied = await copyText(field.ownerDocument, text);
      setNotice(t(copied ? 'statusCopiedInstead' : 'statusInsertFailed'));
      return null;
    },
    [field, snapshot],
  );

  const copy = useCallback(
    async (text: string) => {
      const copied = await copyText(field.ownerDocument, text);
      setNotice(t(copied ? 'statusCopied' : 'statusCopyFailed'));
    },
    [field],
  );

  return { writing, notice, setNotice, write, copy };
}
