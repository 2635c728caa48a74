namespace OpsConsole.Core.Tests.Boards;

/// <summary>A fresh folder of board files for one test, deleted afterwards.</summary>
internal sealed class TempBoardFolder : IDisposable
{
    public TempBoardFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "opsconsole-boards-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string fileName, string yaml)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n"));
        return path;
    }

    public void Delete(string fileName) => File.Delete(System.IO.Path.Combine(Path, fileName));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the OS cleans temp eventually.
        }
    }
}
