using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using OpsConsole.Web.Explore.Queries;

namespace OpsConsole.Web.Components.Explore;

/// <summary>
/// One CodeMirror PromQL editor. The text flows out through <see cref="ValueChanged"/> (debounced in the browser)
/// and Enter runs <see cref="OnRun"/>; a new <see cref="Value"/> from outside replaces the text. <see cref="Error"/>
/// is marked where Prometheus said it is.
/// </summary>
public sealed partial class PromQlEditor : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(15);
    private readonly CancellationTokenSource _disposed = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DotNetObjectReference<PromQlEditor>? _callbacks;
    private readonly string _editorId = Guid.NewGuid().ToString("N");
    private ElementReference _element;
    private bool _created;
    private string _shownValue = string.Empty;
    private QueryError? _shownError;

    [Parameter]
    public string Value { get; set; } = string.Empty;

    [Parameter]
    public EventCallback<string> ValueChanged { get; set; }

    /// <summary>Enter in the editor, with the text at that moment.</summary>
    [Parameter]
    public EventCallback<string> OnRun { get; set; }

    [Parameter]
    public QueryError? Error { get; set; }

    [Parameter]
    public string Placeholder { get; set; } = string.Empty;

    [Parameter]
    public string Label { get; set; } = "PromQL";

    [Parameter]
    public string TestId { get; set; } = "promql-editor";

    [Inject]
    private EditorInterop Editor { get; set; } = default!;

    [JSInvokable]
    public async Task OnExpressionChanged(string text)
    {
        _shownValue = text;
        await ValueChanged.InvokeAsync(text);
    }

    [JSInvokable]
    public async Task OnRunRequested(string text)
    {
        if (text != _shownValue)
        {
            _shownValue = text;
            await ValueChanged.InvokeAsync(text);
        }
        await OnRun.InvokeAsync(text);
    }

    /// <summary>The text in the editor now (the debounced value may lag a keystroke behind).</summary>
    public Task<string> CurrentTextAsync() => _created ? Editor.GetValueAsync(_editorId, _disposed.Token) : Task.FromResult(Value);

    /// <summary>The sub-expressions of the text; waits for the editor when it is still being created (a link that opens the tree).</summary>
    public async Task<IReadOnlyList<ExpressionNode>> TreeAsync()
    {
        try
        {
            await _ready.Task.WaitAsync(ReadyTimeout, _disposed.Token);
        }
        catch (TimeoutException)
        {
            return [];
        }
        return await Editor.TreeAsync(_editorId, _disposed.Token);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var token = _disposed.Token;
        try
        {
            if (firstRender)
            {
                _callbacks = DotNetObjectReference.Create(this);
                _shownValue = Value;
                await Editor.CreateAsync(_editorId, _element, _callbacks, new EditorSettings(Value, Placeholder, Label), token);
                _created = true;
                _ready.TrySetResult();
            }
            if (!_created)
            {
                return;
            }
            if (Value != _shownValue)
            {
                _shownValue = Value;
                await Editor.SetValueAsync(_editorId, Value, token);
            }
            if (!ReferenceEquals(Error, _shownError))
            {
                _shownError = Error;
                if (Error is { Offset: { } at })
                {
                    await Editor.SetErrorAsync(_editorId, at, at + 1, Error.Message, token);
                }
                else
                {
                    await Editor.ClearErrorAsync(_editorId, token);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Disposed mid-call.
        }
        catch (JSDisconnectedException)
        {
            // The circuit went away between render and interop.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        if (_created)
        {
            try
            {
                await Editor.DestroyAsync(_editorId, CancellationToken.None);
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone, and the editor with it.
            }
        }
        _callbacks?.Dispose();
        _disposed.Dispose();
    }
}
