using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Tests.Boards;

/// <summary>Board file texts for tests.</summary>
internal static class BoardYaml
{
    /// <summary>A valid board with one stat panel; <paramref name="id"/> names it.</summary>
    public static string Valid(string id = "demo") => $$"""
        id: {{id}}
        title: { zh-CN: 演示, en: Demo }
        panels:
          - id: up
            title: { zh-CN: 在线, en: Up }
            type: stat
            grid: { x: 0, y: 0, w: 6, h: 4 }
            targets:
              - expr: sum(up)
        """;

    /// <summary>Parses <paramref name="yaml"/> as the file <c>demo.yaml</c>.</summary>
    public static BoardFileResult Parse(string yaml) => BoardFileLoader.Parse("demo.yaml", yaml.ReplaceLineEndings("\n"));

    /// <summary>The only error of <paramref name="yaml"/>; fails when there is not exactly one.</summary>
    public static BoardFileError SingleError(string yaml)
    {
        var result = Parse(yaml);
        Assert.Null(result.Board);
        return Assert.Single(result.Errors);
    }
}
