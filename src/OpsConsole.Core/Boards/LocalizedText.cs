using System.Globalization;

namespace OpsConsole.Core.Boards;

/// <summary>Text a board file gives in both UI languages.</summary>
/// <param name="ZhCn">The zh-CN wording, shown first to the platform's operators.</param>
/// <param name="En">The English wording.</param>
public sealed record LocalizedText(string ZhCn, string En)
{
    /// <summary>The zh-CN text for any Chinese culture, the English text otherwise.</summary>
    public string For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "zh" ? ZhCn : En;
    }
}
