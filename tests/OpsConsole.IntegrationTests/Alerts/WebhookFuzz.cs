using System.Text;

namespace OpsConsole.IntegrationTests.Alerts;

/// <summary>Deterministic generator of broken and hostile Alertmanager webhook bodies (a seed, so a failure repeats).</summary>
public sealed class WebhookFuzz(int seed)
{
    public static readonly string[] HostileTexts =
    [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "{{7*7}} ${7*7} @(7*7)",
        "robert'); DROP TABLE acks;--",
        "\u202Egnp.exe \u0000 \uFEFF zero-width\u200B",
        "机器人 指令失败率 🚨",
        new string('A', 20_000),
    ];

    private readonly Random _random = new(seed);

    /// <summary>A valid version-4 notification with one alert, hostile text in a label and the summary.</summary>
    public byte[] Valid(string status, string hostile = "x", string? fingerprint = null)
    {
        fingerprint ??= _random.NextInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        var text = System.Text.Json.JsonSerializer.Serialize(hostile);
        var ends = status == "resolved" ? "2025-05-05T10:05:00Z" : "0001-01-01T00:00:00Z";
        return Encoding.UTF8.GetBytes($$"""
            {"version":"4","groupKey":"{}:{alertname=\"Fuzz\"}","truncatedAlerts":0,"status":"{{status}}","receiver":"console-warning",
             "groupLabels":{"alertname":"Fuzz"},"commonLabels":{"alertname":"Fuzz"},"commonAnnotations":{},"externalURL":"http://127.0.0.1:9093",
             "alerts":[{"status":"{{status}}","labels":{"alertname":"Fuzz","instance":{{text}},"severity":"warning"},
                        "annotations":{"summary":{{text}}},"startsAt":"2025-05-05T10:00:00Z","endsAt":"{{ends}}",
                        "generatorURL":"http://127.0.0.1:9090/graph","fingerprint":"{{fingerprint}}"}]}
            """);
    }

    /// <summary>Body number <paramref name="index"/>: one of the kinds below in turn, randomised within its kind.</summary>
    public (string Kind, byte[] Body) NextInvalid(int index) => (index % 12) switch
    {
        0 => ("truncated", Truncated()),
        1 => ("wrong type", WrongType()),
        2 => ("unknown version", Replace("\"version\":\"4\"", $"\"version\":{Pick("\"3\"", "\"5\"", "\"\"", "4", "null", "\"4 \"", "\"v4\"", "[\"4\"]")}")),
        3 => ("missing field", MissingField()),
        4 => ("deep nesting", DeepNesting()),
        5 => ("invalid UTF-8", InvalidUtf8()),
        6 => ("hostile text in a broken body", HostileBroken()),
        7 => ("random bytes", RandomBytes()),
        8 => ("not an object", Encoding.UTF8.GetBytes(Pick("", "null", "[]", "\"4\"", "42", "true", "{}", "{\"version\":\"4\"}", " ", "{,}"))),
        9 => ("bad timestamp", Replace("\"startsAt\":\"2025-05-05T10:00:00Z\"", $"\"startsAt\":{Pick("\"yesterday\"", "\"2025-13-45T99:00:00Z\"", "0", "\"\"", "null", "\"2025-05-05 10:00\"")}")),
        10 => ("bad fingerprint", Replace("\"fingerprint\":\"", $"\"fingerprint\":\"{Pick("xyz", "<b>", new string('f', 65), " ", "g0")}")),
        _ => ("huge string in a broken body", HugeBroken()),
    };

    private byte[] Truncated()
    {
        var valid = Valid(Pick("firing", "resolved"));
        return valid[..Math.Max(1, _random.Next(valid.Length - 1))];
    }

    private byte[] WrongType()
    {
        string[] fields = ["\"alerts\":[", "\"labels\":{", "\"status\":\"", "\"truncatedAlerts\":0", "\"groupLabels\":{", "\"annotations\":{"];
        var field = Pick(fields);
        var replacement = field.Split(':')[0] + ":" + Pick("12,\"x\":[", "null,\"x\":[", "true,\"x\":{", "\"text\",\"x\":[", "[[1]],\"x\":{", "{\"a\":1},\"x\":\"");
        return Replace(field, replacement);
    }

    private byte[] MissingField()
    {
        string[] names = ["version", "groupKey", "status", "receiver", "alerts", "groupLabels", "commonLabels", "externalURL"];
        var name = Pick(names);
        return Replace($"\"{name}\":", $"\"x{name}\":");
    }

    private byte[] DeepNesting()
    {
        var depth = _random.Next(9, 5000);
        var opener = Pick("[", "{\"a\":");
        var closer = opener == "[" ? "]" : "}";
        var nested = string.Concat(Enumerable.Repeat(opener, depth)) + "1" + string.Concat(Enumerable.Repeat(closer, depth));
        return Replace("\"annotations\":{\"summary\":", $"\"annotations\":{{\"deep\":{nested},\"summary\":");
    }

    private byte[] InvalidUtf8()
    {
        var body = Valid("firing").ToList();
        byte[][] bad = [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82]];
        body.InsertRange(body.IndexOf((byte)'x') is var at and >= 0 ? at : body.Count / 2, Pick(bad));
        return [.. body];
    }

    private byte[] HostileBroken()
    {
        var body = Encoding.UTF8.GetString(Valid("firing", Pick(HostileTexts)));
        return Encoding.UTF8.GetBytes(body.Replace("\"receiver\":", "\"receiver\":" + Pick("1,\"r\":", "[],\"r\":", "{\"<script>\":1},\"r\":"), StringComparison.Ordinal));
    }

    private byte[] RandomBytes()
    {
        var bytes = new byte[_random.Next(1, 2048)];
        _random.NextBytes(bytes);
        return bytes;
    }

    private byte[] HugeBroken()
    {
        var huge = new string(Pick('A', '<', '\\', '"'), _random.Next(100_000, 900_000));
        var body = Encoding.UTF8.GetString(Valid("firing"));
        return Encoding.UTF8.GetBytes(body.Replace("\"version\":\"4\"", $"\"version\":\"{huge}", StringComparison.Ordinal));
    }

    private byte[] Replace(string what, string with)
    {
        var body = Encoding.UTF8.GetString(Valid(Pick("firing", "resolved")));
        return Encoding.UTF8.GetBytes(body.Replace(what, with, StringComparison.Ordinal));
    }

    private T Pick<T>(params T[] choices) => choices[_random.Next(choices.Length)];
}
