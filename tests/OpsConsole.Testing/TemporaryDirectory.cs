namespace OpsConsole.Testing;

/// <summary>A directory under the system temp folder, deleted on dispose.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory(string prefix)
    {
        Path = Directory.CreateTempSubdirectory($"opsconsole-{prefix}-").FullName;
    }

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A server may still be flushing; the OS temp cleaner takes the rest.
        }
    }
}
