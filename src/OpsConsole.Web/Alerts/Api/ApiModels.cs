using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Matching;

namespace OpsConsole.Web.Alerts.Api;

/// <summary>Body of <c>POST /api/alerts/{fingerprint}/ack</c> (optional).</summary>
public sealed record AckRequestBody(string? Note);

/// <summary>Answer of an acknowledgement: the silence that carries it and the acknowledgement as shown on the alert.</summary>
public sealed record AckResponse(string Fingerprint, string? SilenceId, AcknowledgementMessage? Acknowledgement);

/// <summary>
/// Body of <c>POST /api/silences</c> and <c>PUT /api/silences/{id}</c>. <see cref="Matchers"/> in Alertmanager syntax,
/// e.g. <c>alertname="HighCommandFailureRate", service=~"robot.*"</c>. Give <see cref="EndsAt"/> or
/// <see cref="Duration"/> (e.g. "02:00:00"). There is no createdBy: it is always the caller.
/// </summary>
public sealed record SilenceRequestBody
{
    public string? Matchers { get; init; }
    public DateTimeOffset? StartsAt { get; init; }
    public DateTimeOffset? EndsAt { get; init; }
    public TimeSpan? Duration { get; init; }
    public string? Comment { get; init; }
}

/// <summary>Answer of a silence write: the id to use from now on (an update may return a new one).</summary>
public sealed record SilenceWriteResponse(string SilenceId);

public sealed record MatcherMessage(string Name, string Operator, string Value);

/// <summary>A silence as Alertmanager lists it. <see cref="State"/>: active, pending or expired.</summary>
public sealed record SilenceMessage
{
    public required string Id { get; init; }
    public required string Matchers { get; init; }
    public required IReadOnlyList<MatcherMessage> MatcherList { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public required string CreatedBy { get; init; }
    public required string Comment { get; init; }
    public required string State { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }

    public static SilenceMessage From(Silence silence) => new()
    {
        Id = silence.Id,
        Matchers = MatcherParser.Format(silence.Matchers),
        MatcherList = [.. silence.Matchers.Select(m => new MatcherMessage(m.Name, m.Symbol, m.Value))],
        StartsAt = silence.StartsAt,
        EndsAt = silence.EndsAt,
        CreatedBy = silence.CreatedBy,
        Comment = silence.Comment,
        State = silence.State.Value,
        UpdatedAt = silence.UpdatedAt,
    };
}
