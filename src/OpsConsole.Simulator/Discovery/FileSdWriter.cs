using System.Text.Json;
using OpsConsole.Simulator.Hosting;

namespace OpsConsole.Simulator.Discovery;

/// <summary>
/// Keeps one Prometheus file_sd file per job. Each file is written to a temporary name and renamed over the old
/// one, so Prometheus never reads half a file.
/// </summary>
internal sealed class FileSdWriter(string directory)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string PathFor(string job) => Path.Combine(directory, job + ".json");

    public async Task WriteAsync(IEnumerable<SimulatedTarget> targets, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var byJob = targets.ToLookup(t => t.Job, StringComparer.Ordinal);
        foreach (var job in Jobs.All)
        {
            var groups = byJob[job]
                .Select(t => new FileSdGroup([t.Instance], new SortedDictionary<string, string>(t.Labels.ToDictionary(), StringComparer.Ordinal)))
                .ToList();
            await WriteAtomicallyAsync(PathFor(job), JsonSerializer.Serialize(groups, Json), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteAtomicallyAsync(string path, string content, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, content + "\n", cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }
}
