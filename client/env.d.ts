// Stylesheets imported for their side effect (Vite bundles them).
declare module '*.css';

// @neo4j-cypher/codemirror ships its typings outside its package "exports", so TypeScript cannot
// find them; this is the part of its API (src/codemirror.d.ts) the console uses.
declare module '@neo4j-cypher/codemirror' {
  import type { Extension } from '@codemirror/state';
  import type { EditorSupportSchema } from '@neo4j-cypher/editor-support';
  export interface EditorOptions {
    value?: string;
    schema?: EditorSupportSchema;
    theme?: 'light' | 'dark' | 'auto';
    lineNumbers?: boolean;
    lineWrapping?: boolean;
    autocomplete?: boolean;
    autocompleteCloseOnBlur?: boolean;
    history?: boolean;
    lint?: boolean;
    placeholder?: string;
    preExtensions?: Extension[];
    postExtensions?: Extension[];
  }
  export interface EditorApi {
    destroy(): void;
    focus(): void;
    setValue(value?: string, parseOnSetValue?: boolean): void;
    setSchema(schema?: EditorSupportSchema): void;
    onValueChanged(listener: (value: string) => void): () => void;
  }
  // The shipped .d.ts says it returns the EditorApi; the code (es/codemirror.js) returns { editor }.
  export function createCypherEditor(parent: Element | DocumentFragment, options: EditorOptions): { editor: EditorApi };
}
