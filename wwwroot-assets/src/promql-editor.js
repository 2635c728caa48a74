// PromQL editor for the Explore page (Components/Explore): CodeMirror 6 with codemirror-promql for
// highlighting and completion. Completion asks the console's own endpoints (/api/explore/...), never
// Prometheus; the console caps and ranks the answers. One editor per container element.
import { EditorView, keymap, placeholder as placeholderText } from "@codemirror/view";
import { EditorState, Prec } from "@codemirror/state";
import { minimalSetup } from "codemirror";
import { autocompletion, closeBrackets } from "@codemirror/autocomplete";
import { syntaxHighlighting, defaultHighlightStyle, bracketMatching, syntaxTree } from "@codemirror/language";
import { setDiagnostics, lintGutter } from "@codemirror/lint";
import { acceptCompletion, completionStatus } from "@codemirror/autocomplete";
import { PromQLExtension, newCompleteStrategy } from "@prometheus-io/codemirror-promql";
import { EqlRegex, EqlSingle, Neq, NeqRegex } from "@prometheus-io/lezer-promql";
import { ConsoleClient } from "./explore-client.js";

// Keyed by the .NET component's id, not its element: Blazor finds an element only while it is in the document, so a
// destroy sent after the page was left would name nothing and the editor (its listeners, its completion client) would
// stay alive.
const editors = new Map();

// What the tree view splits a query into: every expression node, not its tokens.
const expressionNodes = new Set([
  "AggregateExpr", "BinaryExpr", "FunctionCall", "MatrixSelector", "SubqueryExpr", "OffsetExpr",
  "ParenExpr", "UnaryExpr", "VectorSelector", "NumberDurationLiteral", "StringLiteral", "StepInvariantExpr",
]);
const maxTreeNodes = 200;

const matchOperators = new Map([[EqlSingle, "="], [Neq, "!="], [EqlRegex, "=~"], [NeqRegex, "!~"]]);

// The fragment being typed, sent as the server's fuzzy query: inside a quoted label value, everything after the
// opening quote (values hold "-" and "."); elsewhere the identifier before the cursor.
function typedFragment(context) {
  const quoted = context.matchBefore(/["'`][^"'`\n]*$/);
  if (quoted && insideString(context)) {
    return quoted.text.slice(1);
  }
  const word = context.matchBefore(/[A-Za-z0-9_:]*$/);
  return word ? word.text : "";
}

function insideString(context) {
  const node = syntaxTree(context.state).resolveInner(context.pos, -1);
  for (let n = node; n; n = n.parent) {
    if (n.name === "StringLiteral" || n.name === "LabelMatcher" || n.name === "UnquotedLabelMatcher" || n.name === "QuotedLabelMatcher") {
      return true;
    }
  }
  return false;
}

// The library's strategy, with our client; a capped answer must be asked again as the user types on,
// so the result is not marked reusable then.
function consoleCompletion(client) {
  const inner = newCompleteStrategy({ remote: client, maxMetricsMetadata: 1000 });
  return {
    async promQL(context) {
      client.typed = typedFragment(context);
      client.truncated = false;
      const result = await inner.promQL(context);
      if (result && client.truncated) {
        return { ...result, validFor: undefined };
      }
      return result;
    },
    destroy() {
      inner.destroy?.();
    },
  };
}

export function create(id, element, dotnet, options) {
  destroy(id);
  if (!element) {
    return; // Blazor removed the editor before the browser got to build it.
  }
  const client = new ConsoleClient(options.apiBase ?? "api/explore/", matchOperators);
  const promql = new PromQLExtension().setComplete({ completeStrategy: consoleCompletion(client) }).activateLinter(false);
  let notifyTimer = null;
  const notify = (text) => {
    clearTimeout(notifyTimer);
    notifyTimer = setTimeout(() => dotnet.invokeMethodAsync("OnExpressionChanged", text).catch(() => {}), 150);
  };
  const run = (view) => {
    if (completionStatus(view.state) === "active") {
      return acceptCompletion(view);
    }
    clearTimeout(notifyTimer);
    dotnet.invokeMethodAsync("OnRunRequested", view.state.doc.toString()).catch(() => {});
    return true;
  };
  const view = new EditorView({
    parent: element,
    state: EditorState.create({
      doc: options.initial ?? "",
      extensions: [
        minimalSetup,
        closeBrackets(),
        // codemirror-promql only supplies the completion source; the completion UI is ours to add.
        autocompletion({ maxRenderedOptions: 100 }),
        bracketMatching(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        lintGutter(),
        placeholderText(options.placeholder ?? ""),
        // Above minimalSetup's default keymap, whose Enter inserts a newline and would never let Enter run the query.
        Prec.highest(keymap.of([{ key: "Enter", run }, { key: "Mod-Enter", run }])),
        promql.asExtension(),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ "aria-label": options.label ?? "PromQL", "data-testid": "promql-input" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            // An error belongs to the text Prometheus saw; once that text changes it is stale.
            update.view.dispatch(setDiagnostics(update.state, []));
            element.removeAttribute("data-error-from");
            notify(update.state.doc.toString());
          }
        }),
      ],
    }),
  });
  editors.set(id, { view, promql, client, element });
  element.setAttribute("data-editor-ready", "true");
}

export function setValue(id, text) {
  const editor = editors.get(id);
  if (!editor) {
    return;
  }
  const { view } = editor;
  if (view.state.doc.toString() !== text) {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }
}

export function getValue(id) {
  return editors.get(id)?.view.state.doc.toString() ?? "";
}

// Shows Prometheus's error at the offset it named (from/to are UTF-16 offsets into the document).
export function setError(id, from, to, message) {
  const editor = editors.get(id);
  if (!editor) {
    return;
  }
  const { view } = editor;
  const length = view.state.doc.length;
  const start = Math.max(0, Math.min(from, length));
  let end = Math.max(start, Math.min(to, length));
  if (end === start && start < length) {
    end = start + 1;
  }
  view.dispatch(setDiagnostics(view.state, [{ from: start, to: end, severity: "error", message, source: "Prometheus" }]));
  editor.element.setAttribute("data-error-from", String(start));
}

export function clearError(id) {
  const editor = editors.get(id);
  if (editor) {
    editor.view.dispatch(setDiagnostics(editor.view.state, []));
    editor.element.removeAttribute("data-error-from");
  }
}

export function focus(id) {
  editors.get(id)?.view.focus();
}

// The query as a tree of its sub-expressions (from the same parser that highlights it):
// [{ text, kind, from, to, children }]. Parentheses are kept as nodes: "(a + b)" is what the user wrote.
export function tree(id) {
  const editor = editors.get(id);
  if (!editor) {
    return [];
  }
  const state = editor.view.state;
  const doc = state.doc.toString();
  const root = syntaxTree(state).topNode;
  let count = 0;
  const walk = (node) => {
    const found = [];
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (count >= maxTreeNodes) {
        break;
      }
      if (child.type.isError) {
        continue;
      }
      if (expressionNodes.has(child.name)) {
        count++;
        const entry = { text: doc.slice(child.from, child.to), kind: child.name, from: child.from, to: child.to, children: [] };
        // A selector's insides are matchers, not expressions.
        if (child.name !== "VectorSelector") {
          entry.children = walk(child);
        }
        found.push(entry);
      } else {
        found.push(...walk(child));
      }
    }
    return found;
  };
  return walk(root);
}

export async function copyText(text) {
  await navigator.clipboard.writeText(text);
}

export function destroy(id) {
  const editor = editors.get(id);
  if (editor) {
    editor.view.destroy();
    editor.promql.destroy();
    editors.delete(id);
    editor.element.removeAttribute("data-editor-ready");
  }
}

/** How many editors are alive in this page (a browser test holds it to zero once Explore is left). */
export function liveEditors() {
  return editors.size;
}
