using Bunit;

namespace OpsConsole.Web.Tests.Support;

/// <summary>
/// A bUnit context that xunit disposes asynchronously: MudBlazor's services and our JS interop wrappers
/// are IAsyncDisposable only, and xunit 2 would otherwise call the synchronous Dispose.
/// </summary>
public abstract class AsyncDisposingContext : BunitContext, IAsyncLifetime
{
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
