using System.Globalization;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Wire;

namespace OpsConsole.Prometheus.Alertmanager.Wire;

/// <summary>Wire shapes to Core records and back. A missing required field is a <see cref="FormatException"/> (reported as bad_response).</summary>
internal static class AlertmanagerMapper
{
    public static Alert ToAlert(GettableAlertDto dto) => new()
    {
        Fingerprint = Required(dto.Fingerprint, "alert fingerprint"),
        Labels = Labels(dto.Labels),
        Annotations = Labels(dto.Annotations),
        StartsAt = WireFormat.Timestamp(dto.StartsAt) ?? throw new FormatException("An alert has no startsAt."),
        EndsAt = WireFormat.Timestamp(dto.EndsAt),
        UpdatedAt = WireFormat.Timestamp(dto.UpdatedAt),
        GeneratorUrl = string.IsNullOrEmpty(dto.GeneratorURL) ? null : dto.GeneratorURL,
        Status = new AlertStatus(
            new AlertState(dto.Status?.State ?? AlertState.Unprocessed.Value),
            dto.Status?.SilencedBy ?? [],
            dto.Status?.InhibitedBy ?? []),
        Receivers = (dto.Receivers ?? []).Select(r => r.Name ?? string.Empty).ToList(),
    };

    public static AlertGroup ToGroup(AlertGroupDto dto) =>
        new(Labels(dto.Labels), dto.Receiver?.Name ?? string.Empty, (dto.Alerts ?? []).ConvertAll(ToAlert));

    public static Silence ToSilence(GettableSilenceDto dto) => new()
    {
        Id = Required(dto.Id, "silence id"),
        Matchers = (dto.Matchers ?? []).ConvertAll(ToMatcher),
        StartsAt = WireFormat.Timestamp(dto.StartsAt) ?? throw new FormatException($"Silence {dto.Id} has no startsAt."),
        EndsAt = WireFormat.Timestamp(dto.EndsAt) ?? throw new FormatException($"Silence {dto.Id} has no endsAt."),
        UpdatedAt = WireFormat.Timestamp(dto.UpdatedAt),
        CreatedBy = dto.CreatedBy ?? string.Empty,
        Comment = dto.Comment ?? string.Empty,
        State = new SilenceState(dto.Status?.State ?? string.Empty),
    };

    public static PostableSilenceDto ToWire(SilenceDraft silence) => new()
    {
        Id = string.IsNullOrEmpty(silence.Id) ? null : silence.Id,
        Matchers = [.. silence.Matchers.Select(ToWire)],
        StartsAt = Time(silence.StartsAt),
        EndsAt = Time(silence.EndsAt),
        CreatedBy = silence.CreatedBy,
        Comment = silence.Comment,
    };

    public static MatcherDto ToWire(Matcher matcher) =>
        new() { Name = matcher.Name, Value = matcher.Value, IsRegex = matcher.IsRegex, IsEqual = matcher.IsEqual };

    public static AlertmanagerStatus ToStatus(StatusDto dto, Uri instance) => new()
    {
        Instance = instance,
        Version = dto.VersionInfo?.Version ?? string.Empty,
        ClusterStatus = dto.Cluster?.Status ?? string.Empty,
        ClusterPeers = (dto.Cluster?.Peers ?? []).Select(p => p.Address ?? p.Name ?? string.Empty).ToList(),
        Uptime = WireFormat.Timestamp(dto.Uptime),
        ConfigYaml = dto.Config?.Original ?? string.Empty,
    };

    /// <summary>RFC 3339 in UTC with milliseconds, as Alertmanager's API accepts.</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static Matcher ToMatcher(MatcherDto dto)
    {
        try
        {
            return Matcher.FromApi(Required(dto.Name, "matcher name"), dto.Value ?? string.Empty, dto.IsRegex, dto.IsEqual ?? true);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"Silence matcher {dto.Name} cannot be read: {ex.Message}", ex);
        }
    }

    private static LabelSet Labels(Dictionary<string, string>? labels) => labels is null or { Count: 0 } ? LabelSet.Empty : new LabelSet(labels);

    private static string Required(string? value, string what) =>
        string.IsNullOrEmpty(value) ? throw new FormatException($"The answer has no {what}.") : value;
}
