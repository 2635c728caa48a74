using OpsConsole.Core.Boards;
using OpsConsole.Core.Tests.Boards;
using OpsConsole.Core.Wall;

namespace OpsConsole.Core.Tests.Wall;

/// <summary>Playlist files: what a valid one gives, and that every mistake names file, line, field and a hint.</summary>
public sealed class PlaylistFileLoaderTests
{
    private const string Valid = """
        id: noc
        title: { zh-CN: 大屏, en: Wall }
        entries:
          - board: big-screen
            dwell: 60s
          - tag: service
            dwell: 20s
            variables: { region: [cn-east, cn-north], topic: events }
            time: { from: now-30m }
        screens:
          - id: noc-left
            kiosk: wall-left
            language: en
            time_zone: Asia/Shanghai
            takeover: false
        """;

    [Fact]
    public void A_valid_file_gives_its_entries_and_screens_in_order()
    {
        var result = PlaylistFileLoader.Parse("noc.yaml", Valid);

        Assert.Empty(result.Errors);
        var playlist = result.Playlist!;
        Assert.Equal("noc", playlist.Id);
        Assert.Equal(["big-screen", null], playlist.Entries.Select(e => e.Board));
        Assert.Equal([null, "service"], playlist.Entries.Select(e => e.Tag));
        Assert.Equal([TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(20)], playlist.Entries.Select(e => e.Dwell));
        Assert.Equal(["cn-east", "cn-north"], playlist.Entries[1].Variables["region"]);
        Assert.Equal(["events"], playlist.Entries[1].Variables["topic"]);
        Assert.Equal(TimeSpan.FromMinutes(30), playlist.Entries[1].Time!.Length);
        Assert.Null(playlist.Entries[0].Time);
        var screen = Assert.Single(playlist.Screens);
        Assert.Equal(("noc-left", "wall-left", "noc", "en", "Asia/Shanghai"), (screen.Id, screen.Kiosk, screen.PlaylistId, screen.Language, screen.TimeZone.Id));
        Assert.True(screen.Ticker);
        Assert.False(screen.Takeover);
        Assert.Equal(["noc-left"], result.ScreenIds);
    }

    [Theory]
    [InlineData("dwell: 60s", "dwell: soon", 5, "entries[0].dwell", "is not a duration")]
    [InlineData("dwell: 60s", "dwell: 1s", 5, "entries[0].dwell", "outside 5s..24h")]
    [InlineData("  - board: big-screen\n", "  - board: big-screen\n    tag: wall\n", 5, "entries[0].tag", "either board or tag")]
    [InlineData("language: en", "language: fr", 13, "screens[0].language", "unknown language \"fr\"")]
    [InlineData("time_zone: Asia/Shanghai", "time_zone: Mars/Olympus", 14, "screens[0].time_zone", "unknown time zone")]
    [InlineData("    kiosk: wall-left\n", "    kisok: wall-left\n", 12, "screens[0].kisok", "unknown field \"kisok\"")]
    [InlineData("time: { from: now-30m }", "time: { from: now, to: now-1h }", 9, "entries[1].time.from", "is empty")]
    [InlineData("  - board: big-screen", "  - board: Big Screen", 4, "entries[0].board", "not a valid board id")]
    public void A_mistake_is_reported_at_its_line_and_field(string replace, string with, int line, string field, string reason)
    {
        var result = PlaylistFileLoader.Parse("noc.yaml", Valid.Replace(replace, with, StringComparison.Ordinal));

        Assert.Null(result.Playlist);
        var error = Assert.Single(result.Errors, e => e.Field == field);
        Assert.Equal(("noc.yaml", line), (error.File, error.Line));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.Hint));
    }

    [Fact]
    public void A_broken_file_still_names_its_screens_so_each_can_show_the_errors()
    {
        var result = PlaylistFileLoader.Parse("noc.yaml", Valid.Replace("dwell: 60s", "dwell: never", StringComparison.Ordinal));

        Assert.False(result.IsValid);
        Assert.Equal(["noc-left"], result.ScreenIds);
        var snapshot = new PlaylistCatalogSnapshot([result], 1);
        Assert.Null(snapshot.FindScreen("noc-left"));
        Assert.Same(result, snapshot.FileOfScreen("noc-left"));
    }

    [Fact]
    public void Broken_yaml_and_an_empty_entry_list_are_errors_with_a_position()
    {
        var yaml = PlaylistFileLoader.Parse("bad.yaml", "id: x\ntitle: { zh-CN: a, en: b\nentries: []\n");
        var empty = PlaylistFileLoader.Parse("empty.yaml", "id: x\ntitle: { zh-CN: a, en: b }\nentries: []\n");

        Assert.Contains(yaml.Errors, e => e.Reason.StartsWith("not valid YAML", StringComparison.Ordinal) && e.Line >= 2);
        var error = Assert.Single(empty.Errors);
        Assert.Equal(("entries", 3), (error.Field, error.Line));
    }

    [Fact]
    public async Task Across_files_a_screen_id_or_kiosk_used_twice_breaks_the_later_file_only()
    {
        using var folder = new TempBoardFolder();
        folder.Write("a.yaml", Valid);
        folder.Write("b.yaml", Valid.Replace("id: noc\n", "id: other\n", StringComparison.Ordinal));
        folder.Write("c.yaml", Valid.Replace("id: noc\n", "id: third\n", StringComparison.Ordinal)
            .Replace("id: noc-left", "id: noc-right", StringComparison.Ordinal));

        var results = await PlaylistFileLoader.LoadDirectoryAsync(folder.Path, CancellationToken.None);

        Assert.True(results[0].IsValid);
        Assert.Contains(results[1].Errors, e => e.Field == "screens[0].id" && e.Reason.Contains("already used by a.yaml", StringComparison.Ordinal));
        Assert.Contains(results[2].Errors, e => e.Field == "screens[0].kiosk" && e.Reason.Contains("screen noc-left", StringComparison.Ordinal));
        Assert.Equal(11, results[2].Errors.Single().Line);
    }

    [Fact]
    public async Task The_shipped_playlists_load_and_every_entry_finds_a_shipped_board()
    {
        var playlists = await PlaylistFileLoader.LoadDirectoryAsync(Path.Combine(RepositoryFolders.Root, "deploy", "playlists"), CancellationToken.None);
        var boards = new BoardCatalogSnapshot(await BoardFileLoader.LoadDirectoryAsync(RepositoryFolders.Boards, CancellationToken.None), 1, DateTimeOffset.UnixEpoch);

        Assert.Empty(playlists.SelectMany(p => p.Errors).Select(e => e.ToString()));
        var noc = new PlaylistCatalogSnapshot(playlists, 1).FindScreen("noc")!.Value;
        var programme = WallProgramme.Of(noc.Playlist, boards);
        Assert.Empty(programme.Problems);
        Assert.Equal("big-screen", programme.Slides[0].Board.Id);
        Assert.Equal(boards.Boards.Count(b => b.Tags.Contains("service")) + 2, programme.Slides.Count);
    }
}
