// CodeMirror 6 with Neo4j's Cypher language support (@neo4j-cypher/codemirror: highlighting,
// parsing, context-aware autocomplete from a schema we fill with the graph's vocabulary).
import { useEffect, useRef } from 'react';
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import type { EditorSupportSchema } from '@neo4j-cypher/editor-support';

export interface CypherEditorProps {
  value: string;
  onChange(value: string): void;
  onRun(): void;
  schema: EditorSupportSchema;
}

export function CypherEditor({ value, onChange, onRun, schema }: CypherEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const api = useRef<EditorApi | null>(null);
  const latest = useRef({ onChange, onRun, value });
  latest.current = { onChange, onRun, value };

  useEffect(() => {
    if (!host.current) return;
    const { editor } = createCypherEditor(host.current, {
      value: latest.current.value,
      schema,
      theme: 'light',
      lineNumbers: true,
      lineWrapping: true,
      autocomplete: true,
      autocompleteCloseOnBlur: true,
      history: true,
      lint: true,
      placeholder: 'MATCH (a)-[r]->(b) RETURN a, r, b LIMIT 25',
      // Ctrl/Cmd+Enter runs; above the editor's own bindings so it never inserts a newline.
      preExtensions: [Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => { latest.current.onRun(); return true; } }]))],
    });
    api.current = editor;
    const off = editor.onValueChanged((v) => { latest.current.value = v; latest.current.onChange(v); });
    return () => { off(); editor.destroy(); api.current = null; };
    // The editor is created once; value and schema updates go through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => { api.current?.setSchema(schema); }, [schema]);

  useEffect(() => {
    // Outside changes (an example, the history) replace the text; typing does not come back here.
    if (api.current && value !== latest.current.value) {
      latest.current.value = value;
      api.current.setValue(value);
    }
  }, [value]);

  return <div ref={host} className="cypher-editor" aria-label="Cypher query" />;
}
