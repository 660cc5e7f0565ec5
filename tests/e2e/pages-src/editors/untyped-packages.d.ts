// Types for the parts of editor packages the test pages use, where the package ships none that resolve:
// @wordpress/block-editor has no declarations, and @toast-ui/editor's are not reachable through its exports map.
declare module '@wordpress/block-editor' {
  import type { ComponentType, ReactNode } from 'react';

  export interface RichTextProps {
    identifier: string;
    tagName: string;
    value: string;
    onChange: (value: string) => void;
    onMerge?: (forward: boolean) => void;
    onReplace?: (blocks: unknown[]) => void;
    onRemove?: (forward: boolean) => void;
    'aria-label'?: string;
    [prop: string]: unknown;
  }
  export const RichText: ComponentType<RichTextProps> & { Content: ComponentType<{ tagName: string; value: string }> };
  export function useBlockProps(): Record<string, unknown>;
  export const BlockEditorProvider: ComponentType<{
    value: unknown[];
    selection?: unknown;
    onInput: (blocks: never[], meta: { selection?: unknown }) => void;
    onChange: (blocks: never[], meta: { selection?: unknown }) => void;
    settings?: Record<string, unknown>;
    children?: ReactNode;
  }>;
  export const BlockList: ComponentType;
  export const WritingFlow: ComponentType<{ children?: ReactNode }>;
}

declare module '@toast-ui/editor' {
  export interface EditorOptions {
    el: HTMLElement;
    initialValue?: string;
    initialEditType?: 'markdown' | 'wysiwyg';
    previewStyle?: 'tab' | 'vertical';
    height?: string;
    usageStatistics?: boolean;
    autofocus?: boolean;
  }
  export default class Editor {
    constructor(options: EditorOptions);
    getMarkdown(): string;
  }
}
