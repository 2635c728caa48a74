using System.Text;
using System.Text.Json.Nodes;
using OpsConsole.Core.Alerts.Webhook;

namespace OpsConsole.Core.Tests.Alerts;

public sealed class WebhookParserTests
{
    // As Alertmanager 0.25 posts it (one firing, one resolved alert).
    private const string Notification = """
        {
          "receiver": "console-critical",
          "status": "firing",
          "alerts": [
            {
              "status": "firing",
              "labels": {"alertname": "HighCommandFailureRate", "severity": "critical", "service": "webhook"},
              "annotations": {"summary": "Command failure rate is 12.5%"},
              "startsAt": "2026-11-23T10:00:00.123456789Z",
              "endsAt": "0001-01-01T00:00:00Z",
              "generatorURL": "http://prometheus:9090/graph?g0.expr=x",
              "fingerprint": "4f5c1c4a3e2b1d0f"
            },
            {
              "status": "resolved",
              "labels": {"alertname": "TargetDown", "severity": "critical"},
              "annotations": {},
              "startsAt": "2026-11-23T09:00:00Z",
              "endsAt": "2026-11-23T09:30:00+02:00",
              "generatorURL": "",
              "fingerprint": "0123456789abcdef"
            }
          ],
          "groupLabels": {"alertname": "HighCommandFailureRate"},
          "commonLabels": {"severity": "critical"},
          "commonAnnotations": {},
          "externalURL": "http://alertmanager:9093",
          "version": "4",
          "groupKey": "{}/{severity=\"critical\"}:{alertname=\"HighCommandFailureRate\"}",
          "truncatedAlerts": 0
        }
        """;

    [Fact]
    public void A_version_4_notification_is_read_whole()
    {
        var result = WebhookParser.Parse(Encoding.UTF8.GetBytes(Notification));

        Assert.True(result.IsValid, result.Error);
        var payload = result.Payload;
        Assert.Equal("console-critical", payload.Receiver);
        Assert.Equal(WebhookAlertStatus.Firing, payload.Status);
        Assert.Equal("http://alertmanager:9093", payload.ExternalUrl);
        Assert.Equal("HighCommandFailureRate", payload.GroupLabels["alertname"]);
        Assert.Equal(2, payload.Alerts.Count);

        var firing = payload.Alerts[0];
        Assert.Equal(WebhookAlertStatus.Firing, firing.Status);
        Assert.Equal("4f5c1c4a3e2b1d0f", firing.Fingerprint);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero).AddTicks(1234567), firing.StartsAt);
        Assert.Null(firing.EndsAt);
        Assert.Equal("Command failure rate is 12.5%", firing.Annotations["summary"]);

        var resolved = payload.Alerts[1];
        Assert.Equal(WebhookAlertStatus.Resolved, resolved.Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 7, 30, 0, TimeSpan.Zero), resolved.EndsAt);
        Assert.Null(resolved.GeneratorUrl);
    }

    [Theory]
    [InlineData("{", "The body is not valid JSON")]
    [InlineData("[]", "The body must be a JSON object")]
    [InlineData("null", "The body must be a JSON object")]
    public void Malformed_json_is_refused_with_a_reason(string body, string reason) =>
        AssertInvalid(Encoding.UTF8.GetBytes(body), reason);

    [Fact]
    public void Invalid_utf8_is_refused() =>
        AssertInvalid([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D], "not valid");

    [Theory]
    [InlineData("\"3\"", "Unknown webhook version \"3\"")]
    [InlineData("4", "version must be a string, not a number")]
    [InlineData("\"<script>alert(1)</script>\"", "Unknown webhook version: this endpoint accepts")]
    public void An_unknown_version_is_refused(string version, string reason) =>
        AssertInvalid(With(root => root["version"] = JsonNode.Parse(version)), reason);

    [Theory]
    [InlineData("version", "Missing field version")]
    [InlineData("groupKey", "Missing field groupKey")]
    [InlineData("receiver", "Missing field receiver")]
    [InlineData("alerts", "Missing field alerts")]
    [InlineData("commonLabels", "Missing field commonLabels")]
    [InlineData("externalURL", "Missing field externalURL")]
    public void A_missing_top_level_field_is_named(string field, string reason) =>
        AssertInvalid(With(root => root.Remove(field)), reason);

    [Theory]
    [InlineData("fingerprint", "Missing field alerts[1].fingerprint")]
    [InlineData("startsAt", "Missing field alerts[1].startsAt")]
    [InlineData("labels", "Missing field alerts[1].labels")]
    [InlineData("status", "Missing field alerts[1].status")]
    public void A_missing_alert_field_is_named_with_its_index(string field, string reason) =>
        AssertInvalid(With(root => root["alerts"]![1]!.AsObject().Remove(field)), reason);

    [Theory]
    [InlineData("status", "\"burning\"", "alerts[0].status must be \"firing\" or \"resolved\"")]
    [InlineData("startsAt", "\"yesterday\"", "alerts[0].startsAt is not an RFC 3339 timestamp")]
    [InlineData("startsAt", "\"2026-11-23 10:00:00\"", "alerts[0].startsAt is not an RFC 3339 timestamp")]
    [InlineData("startsAt", "\"0001-01-01T00:00:00Z\"", "alerts[0].startsAt must be a real time")]
    [InlineData("fingerprint", "\"not-hex\"", "alerts[0].fingerprint must be 1 to 64 hexadecimal digits")]
    [InlineData("labels", "{}", "alerts[0].labels must not be empty")]
    [InlineData("labels", "{\"a\": 1}", "alerts[0].labels: every value must be a string")]
    [InlineData("annotations", "[]", "alerts[0].annotations must be an object, not an array")]
    public void A_wrong_alert_field_is_named(string field, string value, string reason) =>
        AssertInvalid(With(root => root["alerts"]![0]![field] = JsonNode.Parse(value)), reason);

    [Fact]
    public void Deep_nesting_is_refused_as_malformed() =>
        AssertInvalid(With(root => root["extra"] = JsonNode.Parse(new string('[', 64) + new string(']', 64))), "not valid JSON");

    [Fact]
    public void Unknown_extra_fields_are_ignored()
    {
        var result = WebhookParser.Parse(With(root => root["newField"] = "from a newer Alertmanager"));

        Assert.True(result.IsValid, result.Error);
    }

    private static byte[] With(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Notification)!.AsObject();
        change(root);
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static void AssertInvalid(byte[] body, string reason)
    {
        var result = WebhookParser.Parse(body);

        Assert.False(result.IsValid);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }
}
