using System.Collections.Frozen;

namespace OpsConsole.Core.Boards;

/// <summary>
/// The boards and the errors of broken board files at one moment. Immutable: a reload makes a new
/// snapshot, so a reader never sees a half-applied change.
/// </summary>
public sealed class BoardCatalogSnapshot
{
    public static readonly BoardCatalogSnapshot Empty = new([], 0, DateTimeOffset.MinValue);

    private readonly FrozenDictionary<string, BoardFileResult> _byBoardId;

    public BoardCatalogSnapshot(IReadOnlyList<BoardFileResult> files, long version, DateTimeOffset loadedAt)
    {
        ArgumentNullException.ThrowIfNull(files);
        Files = files;
        Version = version;
        LoadedAt = loadedAt;
        Boards = files.Where(f => f.Board is not null).Select(f => f.Board!)
            .OrderBy(b => b.Order).ThenBy(b => b.Id, StringComparer.Ordinal).ToList();
        Errors = files.SelectMany(f => f.Errors).ToList();
        // The first file claiming an id owns it (later ones carry a duplicate-id error).
        var byId = new Dictionary<string, BoardFileResult>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            byId.TryAdd(file.BoardId, file);
        }
        _byBoardId = byId.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every board file, valid or not, in file-name order.</summary>
    public IReadOnlyList<BoardFileResult> Files { get; }

    /// <summary>The valid boards, in navigation order (<see cref="BoardDefinition.Order"/>, then id).</summary>
    public IReadOnlyList<BoardDefinition> Boards { get; }

    /// <summary>Every error of every broken file.</summary>
    public IReadOnlyList<BoardFileError> Errors { get; }

    /// <summary>Counts the reloads that changed something; 0 before the first load.</summary>
    public long Version { get; }

    public DateTimeOffset LoadedAt { get; }

    /// <summary>The valid board with this id, or null (unknown, or its file is broken).</summary>
    public BoardDefinition? FindBoard(string boardId) => FindFile(boardId)?.Board;

    /// <summary>
    /// The file of the board with this id, valid or broken (a broken file whose id could not be read
    /// is found by its file name without extension); null when no file claims the id.
    /// </summary>
    public BoardFileResult? FindFile(string boardId)
    {
        ArgumentNullException.ThrowIfNull(boardId);
        return _byBoardId.GetValueOrDefault(boardId);
    }
}
