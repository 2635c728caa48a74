using System.Globalization;

namespace OpsConsole.Benchmarks;

/// <summary>Command line: <c>--viewers 1,10,100,500 --ticks 6 --refresh 5 --board deploy/boards/overview.yaml [--prometheus URL]</c>.</summary>
internal sealed record BenchmarkSettings
{
    public IReadOnlyList<int> Viewers { get; init; } = [1, 10, 100, 500];

    public int Ticks { get; init; } = 6;

    /// <summary>Refresh period, also the finest step, so every tick is a new window.</summary>
    public TimeSpan Refresh { get; init; } = TimeSpan.FromSeconds(5);

    public string? BoardFile { get; init; }

    /// <summary>An already running Prometheus (127.0.0.1); by default the program starts its own stack on free ports.</summary>
    public Uri? Prometheus { get; init; }

    public TimeSpan JoinTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public static BenchmarkSettings Parse(string[] args)
    {
        var settings = new BenchmarkSettings();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            settings = args[i] switch
            {
                "--viewers" => settings with { Viewers = [.. value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))] },
                "--ticks" => settings with { Ticks = int.Parse(value, CultureInfo.InvariantCulture) },
                "--refresh" => settings with { Refresh = TimeSpan.FromSeconds(int.Parse(value, CultureInfo.InvariantCulture)) },
                "--board" => settings with { BoardFile = value },
                "--prometheus" => settings with { Prometheus = new Uri(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}: use --viewers, --ticks, --refresh (seconds), --board, --prometheus."),
            };
            i++;
        }

        if (settings.Ticks < 1 || settings.Viewers.Any(v => v is < 0 or > 1000) || settings.Refresh < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException("Use 1 or more ticks, 0..1000 viewers per run and a refresh of at least 1 s.");
        }

        if (settings.Prometheus is { } url && !url.IsLoopback)
        {
            throw new ArgumentException($"--prometheus {url}: only a Prometheus on 127.0.0.1 is benchmarked.");
        }

        return settings;
    }
}
