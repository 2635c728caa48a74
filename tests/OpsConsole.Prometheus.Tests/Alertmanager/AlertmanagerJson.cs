namespace OpsConsole.Prometheus.Tests.Alertmanager;

/// <summary>Answers shaped as Alertmanager 0.25 writes them.</summary>
internal static class AlertmanagerJson
{
    public static string Alert(string fingerprint, string alertname, string updatedAt, string summary = "it broke", string state = "active", string silencedBy = "") => $$"""
        {
          "annotations": {"summary": "{{summary}}"},
          "endsAt": "2026-11-23T10:09:00.000Z",
          "fingerprint": "{{fingerprint}}",
          "receivers": [{"name": "console-critical"}],
          "startsAt": "2026-11-23T10:00:00.123456789Z",
          "status": {"inhibitedBy": [], "silencedBy": [{{(silencedBy.Length == 0 ? "" : $"\"{silencedBy}\"")}}], "state": "{{state}}"},
          "updatedAt": "{{updatedAt}}",
          "generatorURL": "http://prometheus:9090/graph?g0.expr=up",
          "labels": {"alertname": "{{alertname}}", "severity": "critical"}
        }
        """;

    public static string Alerts(params string[] alerts) => "[" + string.Join(",", alerts) + "]";

    public static string Silence(string id, string updatedAt, string comment = "maintenance", string state = "active") => $$"""
        {
          "id": "{{id}}",
          "status": {"state": "{{state}}"},
          "updatedAt": "{{updatedAt}}",
          "comment": "{{comment}}",
          "createdBy": "alice",
          "endsAt": "2026-11-23T12:00:00.000Z",
          "matchers": [
            {"isEqual": true, "isRegex": false, "name": "alertname", "value": "X"},
            {"isEqual": false, "isRegex": true, "name": "severity", "value": "info|debug"}
          ],
          "startsAt": "2026-11-23T10:00:00.000Z"
        }
        """;

    public static string Silences(params string[] silences) => "[" + string.Join(",", silences) + "]";
}
