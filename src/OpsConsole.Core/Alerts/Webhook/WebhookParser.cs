using System.Text.Json;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Alerts.Webhook;

/// <summary>
/// Reads an Alertmanager webhook body strictly: valid JSON, version "4", every field of the contract present with
/// the right type. Unknown extra fields are ignored (newer Alertmanagers add some). Never throws on bad input:
/// the reason names the field (e.g. <c>alerts[2].startsAt is not an RFC 3339 timestamp</c>), not its value.
/// </summary>
public static class WebhookParser
{
    private const int MaxDepth = 8;
    private const int MaxFingerprintLength = 64;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = MaxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    public static WebhookParseResult Parse(ReadOnlyMemory<byte> utf8Json)
    {
        // Checked up front: JsonDocument only validates the UTF-8 of a string when it is read.
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json.Span))
        {
            return WebhookParseResult.Invalid("The body is not valid UTF-8.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : string.Empty;
            return WebhookParseResult.Invalid($"The body is not valid JSON{where}.");
        }

        using (document)
        {
            try
            {
                return WebhookParseResult.Valid(ReadNotification(document.RootElement));
            }
            catch (InvalidPayloadException ex)
            {
                return WebhookParseResult.Invalid(ex.Message);
            }
        }
    }

    private static AlertmanagerWebhook ReadNotification(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidPayloadException($"The body must be a JSON object (an Alertmanager notification), not {Describe(root.ValueKind)}.");
        }

        var version = RequiredString(root, "version", string.Empty);
        if (version != AlertmanagerWebhook.SupportedVersion)
        {
            var shown = version.Length <= 8 && version.All(char.IsAsciiLetterOrDigit) ? $" \"{version}\"" : string.Empty;
            throw new InvalidPayloadException(
                $"Unknown webhook version{shown}: this endpoint accepts Alertmanager's version \"{AlertmanagerWebhook.SupportedVersion}\".");
        }

        var alertsElement = Required(root, "alerts", string.Empty, JsonValueKind.Array);
        var alerts = new List<WebhookAlert>(alertsElement.GetArrayLength());
        var index = 0;
        foreach (var alert in alertsElement.EnumerateArray())
        {
            alerts.Add(ReadAlert(alert, $"alerts[{index++}]"));
        }

        return new AlertmanagerWebhook
        {
            Version = version,
            GroupKey = RequiredString(root, "groupKey", string.Empty),
            TruncatedAlerts = ReadTruncatedAlerts(root),
            Status = ReadStatus(root, string.Empty),
            Receiver = RequiredString(root, "receiver", string.Empty),
            GroupLabels = ReadLabels(root, "groupLabels", string.Empty),
            CommonLabels = ReadLabels(root, "commonLabels", string.Empty),
            CommonAnnotations = ReadLabels(root, "commonAnnotations", string.Empty),
            ExternalUrl = RequiredString(root, "externalURL", string.Empty),
            Alerts = alerts,
        };
    }

    private static WebhookAlert ReadAlert(JsonElement alert, string path)
    {
        if (alert.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidPayloadException($"{path} must be an object, not {Describe(alert.ValueKind)}.");
        }

        var fingerprint = RequiredString(alert, "fingerprint", path);
        if (fingerprint.Length is 0 or > MaxFingerprintLength || !fingerprint.All(char.IsAsciiHexDigit))
        {
            throw new InvalidPayloadException($"{path}.fingerprint must be 1 to {MaxFingerprintLength} hexadecimal digits.");
        }

        var labels = ReadLabels(alert, "labels", path);
        if (labels.Values.Count == 0)
        {
            throw new InvalidPayloadException($"{path}.labels must not be empty.");
        }

        return new WebhookAlert
        {
            Status = ReadStatus(alert, path),
            Labels = labels,
            Annotations = ReadLabels(alert, "annotations", path),
            StartsAt = ReadTime(alert, "startsAt", path)
                ?? throw new InvalidPayloadException($"{path}.startsAt must be a real time, not Go's zero time."),
            EndsAt = ReadTime(alert, "endsAt", path),
            GeneratorUrl = RequiredString(alert, "generatorURL", path) is { Length: > 0 } url ? url : null,
            Fingerprint = fingerprint.ToLowerInvariant(),
        };
    }

    private static int ReadTruncatedAlerts(JsonElement root)
    {
        // Alertmanager 0.25 and later always send it; older ones did not, and it means "none left out".
        if (!root.TryGetProperty("truncatedAlerts", out var element))
        {
            return 0;
        }
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var count) || count < 0)
        {
            throw new InvalidPayloadException("truncatedAlerts must be a non-negative integer.");
        }
        return count;
    }

    private static WebhookAlertStatus ReadStatus(JsonElement element, string path) => RequiredString(element, "status", path) switch
    {
        "firing" => WebhookAlertStatus.Firing,
        "resolved" => WebhookAlertStatus.Resolved,
        _ => throw new InvalidPayloadException($"{Field(path, "status")} must be \"firing\" or \"resolved\"."),
    };

    private static DateTimeOffset? ReadTime(JsonElement element, string name, string path)
    {
        var text = RequiredString(element, name, path);
        return Rfc3339.TryParse(text, out var value)
            ? value
            : throw new InvalidPayloadException($"{Field(path, name)} is not an RFC 3339 timestamp.");
    }

    private static LabelSet ReadLabels(JsonElement element, string name, string path)
    {
        var labels = Required(element, name, path, JsonValueKind.Object);
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in labels.EnumerateObject())
        {
            if (property.Name.Length == 0)
            {
                throw new InvalidPayloadException($"{Field(path, name)} has an empty label name.");
            }
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw new InvalidPayloadException($"{Field(path, name)}: every value must be a string.");
            }
            if (!pairs.TryAdd(property.Name, property.Value.GetString()!))
            {
                throw new InvalidPayloadException($"{Field(path, name)} has a label name twice.");
            }
        }
        return new LabelSet(pairs);
    }

    private static string RequiredString(JsonElement element, string name, string path) =>
        Required(element, name, path, JsonValueKind.String).GetString()!;

    private static JsonElement Required(JsonElement element, string name, string path, JsonValueKind kind)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            throw new InvalidPayloadException($"Missing field {Field(path, name)}.");
        }
        if (value.ValueKind != kind)
        {
            throw new InvalidPayloadException($"{Field(path, name)} must be {Describe(kind)}, not {Describe(value.ValueKind)}.");
        }
        return value;
    }

    private static string Field(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private sealed class InvalidPayloadException(string message) : Exception(message);
}
