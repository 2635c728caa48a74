using Microsoft.AspNetCore.Components;
using OpsConsole.Web.Explore.Queries;

namespace OpsConsole.Web.Components.Explore;

/// <summary>Sharing a view: the URL that reopens it, a copied link, and the queries as a board panel's YAML.</summary>
public sealed partial class ExplorePage
{
    private void UpdateUrl() => Navigation.NavigateTo(ShareUrl(), replace: true);

    private string ShareUrl()
    {
        var parameters = new Dictionary<string, object?>
        {
            ["expr"] = Runnable().Select(q => q.Expression).ToArray(),
            ["range"] = _range,
            ["step"] = string.IsNullOrWhiteSpace(_step) ? null : _step.Trim(),
            ["tab"] = TabNames[_tab],
        };
        return Navigation.GetUriWithQueryParameters(Navigation.ToAbsoluteUri("explore").ToString(), parameters);
    }

    private Task CopyLinkAsync() => CopyAsync(ShareUrl());

    private void ShowPanelYaml()
    {
        var expressions = Runnable().Select(q => q.Expression).ToList();
        if (expressions.Count == 0)
        {
            return;
        }
        var named = _history.FirstOrDefault(h => h.Expression == expressions[0] && h.Name is not null)?.Name;
        _panelYaml = PanelYaml.For(named ?? expressions[0], expressions);
    }

    private async Task CopyAsync(string? text)
    {
        if (text is null)
        {
            return;
        }
        try
        {
            await Editor.CopyTextAsync(text, CancellationToken.None);
            _notice = ExploreText.Copied;
        }
        catch (Microsoft.JSInterop.JSException)
        {
            // No clipboard (an insecure origin, a denied permission): the text is on screen to copy by hand.
            _notice = ExploreText.CopyFailed;
        }
    }
}
