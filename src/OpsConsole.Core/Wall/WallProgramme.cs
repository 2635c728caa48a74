using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Wall;

/// <summary>
/// A playlist resolved against the boards of the moment: its entries expanded to boards (a tag to every board with
/// it, in navigation order), and what could not be played (an unknown or broken board) said plainly.
/// </summary>
public sealed record WallProgramme(IReadOnlyList<WallSlide> Slides, IReadOnlyList<string> Problems)
{
    public static WallProgramme Of(PlaylistDefinition playlist, BoardCatalogSnapshot boards)
    {
        ArgumentNullException.ThrowIfNull(playlist);
        ArgumentNullException.ThrowIfNull(boards);
        var slides = new List<WallSlide>();
        var problems = new List<string>();
        foreach (var entry in playlist.Entries)
        {
            if (entry.Board is { } id)
            {
                if (boards.FindBoard(id) is { } board)
                {
                    slides.Add(new WallSlide(board, entry));
                }
                else
                {
                    var why = boards.FindFile(id) is { IsValid: false } ? "its file has errors" : "there is no such board";
                    problems.Add($"{playlist.SourceFile}:{entry.Line} board \"{id}\": {why}");
                }
                continue;
            }
            var tagged = boards.Boards.Where(b => b.Tags.Contains(entry.Tag!, StringComparer.Ordinal)).ToList();
            if (tagged.Count == 0)
            {
                problems.Add($"{playlist.SourceFile}:{entry.Line} tag \"{entry.Tag}\": no board has it");
            }
            slides.AddRange(tagged.Select(b => new WallSlide(b, entry)));
        }
        return new WallProgramme(slides, problems);
    }
}
