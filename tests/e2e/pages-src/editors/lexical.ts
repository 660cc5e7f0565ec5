// Lexical rich text with history, started with one paragraph of text (before history, so undo cannot remove it).
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { exposeEditor, STARTING_TEXT } from './expose-editor';

// The installed @lexical/* packages pin lexical 0.52 while the page has 0.53: the bundle dedupes to one copy
// (vite.config.ts), but their type declarations still differ, hence the casts to the packages' own types.
type RichTextEditor = Parameters<typeof registerRichText>[0];
type HistoryEditor = Parameters<typeof registerHistory>[0];
const editor = createEditor({
  namespace: 'test',
  nodes: [HeadingNode, QuoteNode] as unknown as NonNullable<Parameters<typeof createEditor>[0]>['nodes'],
  onError: (error) => console.error(error),
});
editor.setRootElement(document.getElementById('editor'));
registerRichText(editor as unknown as RichTextEditor);
editor.update(
  () => {
    const paragraph = $createParagraphNode();
    paragraph.append($createTextNode(STARTING_TEXT));
    $getRoot().clear().append(paragraph);
  },
  { discrete: true },
);
registerHistory(editor as unknown as HistoryEditor, createEmptyHistoryState(), 300);
exposeEditor(() => editor.getEditorState().read(() => $getRoot().getTextContent()));
