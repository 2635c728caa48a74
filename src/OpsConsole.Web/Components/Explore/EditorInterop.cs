using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using OpsConsole.Web.Components.Interop;

namespace OpsConsole.Web.Components.Explore;

/// <summary>Typed access to the bundled PromQL editor (wwwroot-assets/src/promql-editor.js → dist/promql-editor.js).</summary>
public sealed class EditorInterop(IJSRuntime jsRuntime) : JsModule(jsRuntime, ModulePath)
{
    internal const string ModulePath = "./dist/promql-editor.js";

    public Task CreateAsync<T>(ElementReference element, DotNetObjectReference<T> callbacks, EditorSettings settings, CancellationToken cancellationToken)
        where T : class =>
        InvokeVoidAsync("create", cancellationToken, element, callbacks, settings);

    public Task SetValueAsync(ElementReference element, string text, CancellationToken cancellationToken) =>
        InvokeVoidAsync("setValue", cancellationToken, element, text);

    public Task<string> GetValueAsync(ElementReference element, CancellationToken cancellationToken) =>
        InvokeAsync<string>("getValue", cancellationToken, element);

    /// <summary>Marks <paramref name="from"/>..<paramref name="to"/> (UTF-16 offsets) with Prometheus's error.</summary>
    public Task SetErrorAsync(ElementReference element, int from, int to, string message, CancellationToken cancellationToken) =>
        InvokeVoidAsync("setError", cancellationToken, element, from, to, message);

    public Task ClearErrorAsync(ElementReference element, CancellationToken cancellationToken) =>
        InvokeVoidAsync("clearError", cancellationToken, element);

    /// <summary>The expression's sub-expressions, from the editor's own parser.</summary>
    public Task<IReadOnlyList<ExpressionNode>> TreeAsync(ElementReference element, CancellationToken cancellationToken) =>
        InvokeAsync<IReadOnlyList<ExpressionNode>>("tree", cancellationToken, element);

    public Task CopyTextAsync(string text, CancellationToken cancellationToken) =>
        InvokeVoidAsync("copyText", cancellationToken, text);

    public Task DestroyAsync(ElementReference element, CancellationToken cancellationToken) =>
        InvokeVoidIfImportedAsync("destroy", cancellationToken, element);
}

/// <summary>What <c>create</c> receives (camelCase).</summary>
public sealed record EditorSettings(string Initial, string Placeholder, string Label);

/// <summary>One sub-expression of a query (a lezer node of an expression type) and those inside it.</summary>
public sealed record ExpressionNode(string Text, string Kind, int From, int To, IReadOnlyList<ExpressionNode> Children);
