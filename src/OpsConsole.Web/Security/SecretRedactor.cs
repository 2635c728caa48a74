using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace OpsConsole.Web.Security;

/// <summary>
/// Blanks secret-bearing query parameters (the kiosk link's token=) in every log event, so turning the
/// framework's request logging up to Information or Debug never writes a kiosk token to the log.
/// Registered in DI; Serilog picks every ILogEventEnricher up through ReadFrom.Services.
/// </summary>
public sealed partial class SecretRedactor : ILogEventEnricher
{
    private const string Redacted = "[redacted]";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && SecretParameter().IsMatch(text))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(Redact(text))));
            }
        }
    }

    public static string Redact(string text) => SecretParameter().Replace(text, m => $"{m.Groups["name"].Value}={Redacted}");

    [GeneratedRegex(@"(?<name>\b(?:token|access_token|id_token|code|password)|(?<![A-Za-z_])api_key)=[^&\s""']+", RegexOptions.IgnoreCase)]
    private static partial Regex SecretParameter();
}
