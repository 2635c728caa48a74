using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Tests.Boards;

public sealed class BoardFileLoaderTests
{
    [Fact]
    public async Task A_board_id_used_by_two_files_is_an_error_in_the_later_file()
    {
        using var folder = new TempBoardFolder();
        folder.Write("a.yaml", BoardYaml.Valid("same"));
        folder.Write("b.yaml", BoardYaml.Valid("same"));

        var results = await BoardFileLoader.LoadDirectoryAsync(folder.Path, CancellationToken.None);

        Assert.True(results[0].IsValid);
        var error = Assert.Single(results[1].Errors);
        Assert.Equal(("b.yaml", 1, 5, "id"), (error.File, error.Line, error.Column, error.Field));
        Assert.Equal("board id \"same\" is already used by a.yaml", error.Reason);
    }

    [Fact]
    public async Task A_broken_file_does_not_stop_the_others_from_loading()
    {
        using var folder = new TempBoardFolder();
        folder.Write("good.yaml", BoardYaml.Valid("good"));
        folder.Write("broken.yml", "id: broken\ntitle: [\n");
        folder.Write("notes.txt", "not a board");

        var results = await BoardFileLoader.LoadDirectoryAsync(folder.Path, CancellationToken.None);

        Assert.Equal(["broken.yml", "good.yaml"], results.Select(r => r.File));
        Assert.False(results[0].IsValid);
        Assert.Equal("broken", results[0].BoardId);
        Assert.NotEmpty(results[0].Errors);
        Assert.True(results[1].IsValid);
    }

    [Fact]
    public async Task A_file_whose_id_cannot_be_read_is_known_by_its_file_name()
    {
        using var folder = new TempBoardFolder();
        var path = folder.Write("kafka.yaml", "title: {\n");

        var result = await BoardFileLoader.LoadFileAsync(path, CancellationToken.None);

        Assert.Equal("kafka", result.BoardId);
        Assert.Null(result.Board);
    }

    [Fact]
    public async Task A_missing_folder_gives_no_boards_rather_than_an_exception()
    {
        var results = await BoardFileLoader.LoadDirectoryAsync(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N")), CancellationToken.None);

        Assert.Empty(results);
    }
}
