// A minimal Gutenberg playground: @wordpress/block-editor with a paragraph block written like core/paragraph
// (RichText, splitting, a raw transform so pasted paragraphs become blocks) and the playground's history
// (useStateWithHistory), with Ctrl+Z bound to it as the post editor binds it. @wordpress/block-library itself
// does not install from this registry (it needs @wordpress/interactivity-router@^2.56.0, which is missing).
import './node-global';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { BlockEditorProvider, BlockList, RichText, WritingFlow, useBlockProps } from '@wordpress/block-editor';
import { createBlock, registerBlockType, setDefaultBlockName } from '@wordpress/blocks';
import { useStateWithHistory } from '@wordpress/compose';
import '@wordpress/block-editor/build-style/style.css';
import { exposeEditor, STARTING_TEXT } from './expose-editor';

type ParagraphAttributes = { content: string };

interface EditProps {
  attributes: ParagraphAttributes;
  setAttributes: (next: Partial<ParagraphAttributes>) => void;
  mergeBlocks: (forward: boolean) => void;
  onReplace: (blocks: unknown[]) => void;
  onRemove: (forward: boolean) => void;
}

// What the page reads of a block: its attributes.
interface BlockInstance {
  attributes: Record<string, unknown>;
}

registerBlockType<ParagraphAttributes>('core/paragraph', {
  apiVersion: 3,
  title: 'Paragraph',
  category: 'text',
  attributes: { content: { type: 'rich-text', source: 'rich-text', selector: 'p' } },
  supports: { splitting: true },
  transforms: {
    from: [
      {
        type: 'raw',
        selector: 'p',
        // The schema says which markup survives the paste filter; without it the <p> around each line is dropped.
        schema: ({ phrasingContentSchema }: { phrasingContentSchema: object }) => ({ p: { children: phrasingContentSchema } }),
        transform: (node: Element) => createBlock('core/paragraph', { content: node.innerHTML }),
      },
    ],
  },
  edit: function Edit({ attributes, setAttributes, mergeBlocks, onReplace, onRemove }: EditProps) {
    const blockProps = useBlockProps();
    return (
      <RichText
        identifier="content"
        tagName="p"
        {...blockProps}
        aria-label="Paragraph"
        value={attributes.content}
        onChange={(content: string) => setAttributes({ content })}
        onMerge={mergeBlocks}
        onReplace={onReplace}
        onRemove={onRemove}
      />
    );
  },
  save: ({ attributes }: { attributes: ParagraphAttributes }) => <RichText.Content tagName="p" value={attributes.content} />,
} as never);
setDefaultBlockName('core/paragraph');

interface EditorValue {
  blocks: BlockInstance[];
  selection?: unknown;
}

function blockText(block: BlockInstance): string {
  const holder = document.createElement('div');
  holder.innerHTML = String(block.attributes.content ?? '');
  return holder.textContent ?? '';
}

function App() {
  const history = useStateWithHistory<EditorValue>({
    blocks: [createBlock('core/paragraph', { content: STARTING_TEXT })],
  });
  // The hook's declared type leaves value unknown; it is what was last set.
  const value = history.value as EditorValue;
  const { setValue, undo } = history;
  exposeEditor(() => value.blocks.map(blockText).join('\n'));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        undo();
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [undo]);
  return (
    <BlockEditorProvider
      value={value.blocks}
      selection={value.selection as never}
      onInput={(blocks: never[], { selection }: { selection?: unknown }) => setValue({ blocks, selection }, true)}
      onChange={(blocks: never[], { selection }: { selection?: unknown }) => setValue({ blocks, selection }, false)}
      settings={{ hasFixedToolbar: true }}
    >
      <WritingFlow>
        <BlockList />
      </WritingFlow>
    </BlockEditorProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
