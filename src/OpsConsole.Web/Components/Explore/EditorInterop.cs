using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using OpsConsole.Web.Components.Interop;

namespace OpsConsole.Web.Components.Explore;

/// <summary>Typed access to the bundled PromQL editor (wwwroot-assets/src/promql-editor.js → dist/promql-editor.js).</summary>
public sealed class EditorInterop(IJSRuntime jsRuntime) : JsModule(jsRuntime, ModulePath)
{
    internal const string ModulePath = "./dist/promql-editor.js";

    /// <summary>
    /// Builds editor <paramref name="editorId"/> in <paramref name="element"/>. Every later call names it by its id: Blazor
    /// finds an element only while it is in the document, and a destroy must work after the page was left.
    /// </summary>
    public Task CreateAsync<T>(string editorId, ElementReference element, DotNetObjectReference<T> callbacks, EditorSettings settings, CancellationToken cancellationToken)
        where T : class =>
        InvokeVoidAsync("create", cancellationToken, editorId, element, callbacks, settings);

    public Task SetValueAsync(string editorId, string text, CancellationToken cancellationToken) =>
        InvokeVoidAsync("setValue", cancellationToken, editorId, text);

    public Task<string> GetValueAsync(string editorId, CancellationToken cancellationToken) =>
        InvokeAsync<string>("getValue", cancellationToken, editorId);

    /// <summary>Marks <paramref name="from"/>..<paramref name="to"/> (UTF-16 offsets) with Prometheus's error.</summary>
    public Task SetErrorAsync(string editorId, int from, int to, string message, CancellationToken cancellationToken) =>
        InvokeVoidAsync("setError", cancellationToken, editorId, from, to, message);

    public Task ClearErrorAsync(string editorId, CancellationToken cancellationToken) =>
        InvokeVoidAsync("clearError", cancellationToken, editorId);

    /// <summary>The expression's sub-expressions, from the editor's own parser.</summary>
    public Task<IReadOnlyList<ExpressionNode>> TreeAsync(string editorId, CancellationToken cancellationToken) =>
        InvokeAsync<IReadOnlyList<ExpressionNode>>("tree", cancellationToken, editorId);

    public Task CopyTextAsync(string text, CancellationToken cancellationToken) =>
        InvokeVoidAsync("copyText", cancellationToken, text);

    public Task DestroyAsync(string editorId, CancellationToken cancellationToken) =>
        InvokeVoidIfImportedAsync("destroy", cancellationToken, editorId);
}

/// <summary>What <c>create</c> receives (camelCase).</summary>
public sealed record EditorSettings(string Initial, string Placeholder, string Label);

/// <summary>One sub-expression of a query (a lezer node of an expression type) and those inside it.</summary>
public sealed record ExpressionNode(string Text, string Kind, int From, int To, IReadOnlyList<ExpressionNode> Children);
