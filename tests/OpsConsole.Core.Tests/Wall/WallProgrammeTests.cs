using OpsConsole.Core.Boards;
using OpsConsole.Core.Tests.Boards;
using OpsConsole.Core.Wall;

namespace OpsConsole.Core.Tests.Wall;

/// <summary>A playlist resolved against the boards: tags expand in navigation order, and what cannot play is said.</summary>
public sealed class WallProgrammeTests
{
    [Fact]
    public void A_tag_expands_to_its_boards_in_navigation_order_and_a_missing_board_is_a_problem_not_a_gap()
    {
        var boards = Snapshot(
            BoardYaml.Valid("zeta").Replace("\ntitle:", "\norder: 5\ntags: [service]\ntitle:", StringComparison.Ordinal),
            BoardYaml.Valid("alpha").Replace("\ntitle:", "\norder: 9\ntags: [service]\ntitle:", StringComparison.Ordinal),
            BoardYaml.Valid("big"));
        var playlist = PlaylistFileLoader.Parse("p.yaml", """
            id: p
            title: { zh-CN: 轮播, en: Rotation }
            entries:
              - board: big
                dwell: 30s
              - board: gone
                dwell: 30s
              - tag: service
                dwell: 10s
              - tag: nothing
                dwell: 10s
            """).Playlist!;

        var programme = WallProgramme.Of(playlist, boards);

        Assert.Equal(["big", "zeta", "alpha"], programme.Slides.Select(s => s.Board.Id));
        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10)], programme.Slides.Select(s => s.Dwell));
        Assert.Equal(["p.yaml:6 board \"gone\": there is no such board", "p.yaml:10 tag \"nothing\": no board has it"], programme.Problems);
    }

    [Fact]
    public void An_entry_range_replaces_the_boards_own()
    {
        var boards = Snapshot(BoardYaml.Valid("big"));
        var playlist = PlaylistFileLoader.Parse("p.yaml", """
            id: p
            title: { zh-CN: 轮播, en: Rotation }
            entries:
              - board: big
                dwell: 30s
                time: { from: now-6h }
              - board: big
                dwell: 30s
            """).Playlist!;

        var slides = WallProgramme.Of(playlist, boards).Slides;

        Assert.Equal([TimeSpan.FromHours(6), TimeSpan.FromHours(1)], slides.Select(s => s.Time.Length));
    }

    private static BoardCatalogSnapshot Snapshot(params string[] yamls) =>
        new([.. yamls.Select((y, i) => BoardFileLoader.Parse($"b{i}.yaml", y))], 1, DateTimeOffset.UnixEpoch);
}
