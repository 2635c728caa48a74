using OpsConsole.Web.Boards;

namespace OpsConsole.Web.Tests.Boards;

public sealed class BoardDirectoryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "opsconsole-board-dir-" + Guid.NewGuid().ToString("N"));

    public BoardDirectoryTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "deploy", "boards"));
        Directory.CreateDirectory(Path.Combine(_root, "src", "OpsConsole.Web", "bin", "Release", "net10.0"));
        Directory.CreateDirectory(Path.Combine(_root, ".data", "app", "web"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("src/OpsConsole.Web")]
    [InlineData("src/OpsConsole.Web/bin/Release/net10.0")]
    [InlineData(".data/app/web")]
    public void The_repository_folder_is_found_from_the_content_root_or_any_folder_below_it(string contentRoot)
    {
        var resolved = BoardDirectory.Resolve("deploy/boards", Path.Combine(_root, contentRoot), "/nonexistent");

        Assert.Equal(Path.Combine(_root, "deploy", "boards"), resolved);
    }

    [Fact]
    public void The_app_folder_is_searched_when_the_content_root_has_no_boards()
    {
        var resolved = BoardDirectory.Resolve("deploy/boards", Path.GetTempPath(), Path.Combine(_root, ".data", "app", "web"));

        Assert.Equal(Path.Combine(_root, "deploy", "boards"), resolved);
    }

    [Fact]
    public void An_absolute_folder_is_taken_as_it_is() =>
        Assert.Equal("/srv/boards", BoardDirectory.Resolve("/srv/boards", _root, _root));

    [Fact]
    public void A_folder_found_nowhere_is_reported_under_the_content_root() =>
        Assert.Equal(Path.Combine(_root, "no", "such"), BoardDirectory.Resolve("no/such", _root, _root));

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
