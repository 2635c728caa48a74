using Microsoft.Playwright;

namespace OpsConsole.BrowserTests.Wall;

/// <summary>What the wall tests ask the page: measured in the browser, where the switch and the paint happen.</summary>
internal static class WallScript
{
    /// <summary>
    /// A panel is drawn when an answer arrived and it shows it: data drawn, or an explicit "no data". Blank is neither.
    /// </summary>
    private const string Drawn = """
        const drawn = slide => {
          const panels = [...slide.querySelectorAll('[data-panel-id]')];
          return panels.length > 0 && panels.every(p => p.dataset.hasValue === 'true'
            && (p.dataset.drew === 'true' || p.querySelector('[data-testid="no-data"]') !== null));
        };
        """;

    /// <summary>Records every board switch: when it happened and how long until every panel on the visible board was drawn.</summary>
    public static Task StartRecordingAsync(IPage page) => page.EvaluateAsync("() => {" + Drawn + """
          window.__switches = [];
          const wall = document.querySelector('[data-testid="wall"]');
          let last = wall.dataset.boardId;
          new MutationObserver(() => {
            const board = wall.dataset.boardId;
            if (board === last) return;
            last = board;
            const at = performance.now();
            const record = { board, at, drawnAfter: -1, panels: 0 };
            window.__switches.push(record);
            const check = () => {
              const slide = document.querySelector('[data-testid="wall-slide"]');
              if (slide && slide.dataset.boardId === board && drawn(slide)) {
                record.drawnAfter = performance.now() - at;
                record.panels = slide.querySelectorAll('[data-panel-id]').length;
              } else if (performance.now() - at < 10000) {
                requestAnimationFrame(check);
              }
            };
            check();
          }).observe(wall, { attributes: true, attributeFilter: ['data-board-id'] });
        }
        """);

    public static async Task<Switch[]> SwitchesAsync(IPage page) =>
        System.Text.Json.JsonSerializer.Deserialize<Switch[]>(
            await page.EvaluateAsync<string>("() => JSON.stringify(window.__switches)"), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

    /// <summary>Whether every panel of the visible board is drawn now.</summary>
    public static Task<bool> VisibleBoardDrawnAsync(IPage page) => page.EvaluateAsync<bool>("() => {" + Drawn + """
          const slide = document.querySelector('[data-testid="wall-slide"]');
          return slide !== null && drawn(slide);
        }
        """);

    /// <summary>Whether every panel of the visible board shows real data (not even "no data").</summary>
    public static Task<bool> VisibleBoardFullAsync(IPage page) => page.EvaluateAsync<bool>("""
        () => {
          const panels = [...document.querySelectorAll('[data-testid="wall-slide"] [data-panel-id]')];
          return panels.length > 0 && panels.every(p => p.dataset.drew === 'true');
        }
        """);

    internal sealed record Switch(string Board, double At, double DrawnAfter, int Panels);
}
