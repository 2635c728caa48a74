using OpsConsole.Testing;
using OpsConsole.Core.Feeds;

namespace OpsConsole.Core.Tests.Feeds;

/// <summary>A viewer that remembers every frame it was given and lets a test await one.</summary>
internal sealed class FrameRecorder
{
    private readonly Lock _gate = new();
    private readonly List<PanelFrame> _frames = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<PanelFrame> Frames
    {
        get
        {
            lock (_gate)
            {
                return [.. _frames];
            }
        }
    }

    public ValueTask OnFrame(PanelFrame frame, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _frames.Add(frame);
            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The newest frame once one matching <paramref name="predicate"/> has arrived; fails after the deadline.</summary>
    public async Task<PanelFrame> WaitForAsync(Func<PanelFrame, bool> predicate)
    {
        using var deadline = new CancellationTokenSource(Eventually.InProcessDeadline);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_frames.Count > 0 && predicate(_frames[^1]))
                {
                    return _frames[^1];
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(deadline.Token);
        }
    }

    public Task<PanelFrame> WaitForWindowEndingAsync(DateTimeOffset end) => WaitForAsync(frame => frame.Window.End == end);
}
