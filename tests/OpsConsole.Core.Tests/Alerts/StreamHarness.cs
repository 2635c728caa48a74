using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Live;

namespace OpsConsole.Core.Tests.Alerts;

internal sealed class StreamHarness
{
    public StreamHarness(AlertStreamOptions? options = null)
    {
        Time = new FakeTimeProvider(AlertBuilders.T0.AddMinutes(30));
        Stream = new AlertStream(options ?? new AlertStreamOptions(), Time, NullLogger<AlertStream>.Instance);
    }

    public FakeTimeProvider Time { get; }

    public AlertStream Stream { get; }

    public IReadOnlyList<AlertStreamEvent> Reconcile(AlertSourceSnapshot source) =>
        Stream.ApplyReconcile(source, Stream.BeginReconcile());
}
