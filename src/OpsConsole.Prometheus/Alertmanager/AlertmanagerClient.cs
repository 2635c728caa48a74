using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Prometheus.Alertmanager.Wire;
using OpsConsole.Prometheus.Model;
using Polly.Timeout;

namespace OpsConsole.Prometheus.Alertmanager;

/// <summary>
/// The typed HttpClient behind <see cref="IAlertmanagerClient"/>. It has no base address: each request names the
/// Alertmanager it goes to. Retries (reads only) and the per-attempt timeout live in the handler pipeline.
/// </summary>
internal sealed partial class AlertmanagerClient(
    HttpClient http, IOptionsMonitor<AlertmanagerOptions> options, ILogger<AlertmanagerClient> logger) : IAlertmanagerClient
{
    private const string AlertsPath = "api/v2/alerts";
    private const string GroupsPath = "api/v2/alerts/groups";
    private const string SilencesPath = "api/v2/silences";
    private const string SilencePath = "api/v2/silence/";
    private const string StatusPath = "api/v2/status";

    private static readonly AlertmanagerJsonContext Json = AlertmanagerJsonContext.Default;

    public async Task<IReadOnlyList<Alert>> GetAlertsAsync(AlertFilter? filter, CancellationToken cancellationToken)
    {
        var path = AlertsPath + AlertQuery(filter ?? AlertFilter.All);
        var answers = await ReadEveryAsync(path, Json.ListGettableAlertDto, cancellationToken).ConfigureAwait(false);
        return Merge(answers.SelectMany(dtos => dtos.Select(AlertmanagerMapper.ToAlert)));
    }

    public async Task<IReadOnlyList<AlertGroup>> GetAlertGroupsAsync(AlertFilter? filter, CancellationToken cancellationToken)
    {
        var path = GroupsPath + AlertQuery(filter ?? AlertFilter.All);
        var answers = await ReadEveryAsync(path, Json.ListAlertGroupDto, cancellationToken).ConfigureAwait(false);
        // Peers group alike; the same group from two peers becomes one, with its alerts merged.
        return answers.SelectMany(groups => groups.Select(AlertmanagerMapper.ToGroup))
            .GroupBy(group => (group.Receiver, group.Labels))
            .Select(same => new AlertGroup(same.Key.Labels, same.Key.Receiver, Merge(same.SelectMany(g => g.Alerts))))
            .OrderBy(group => group.Receiver, StringComparer.Ordinal)
            .ThenBy(group => group.Labels.ToString(), StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<Silence>> GetSilencesAsync(IReadOnlyList<Matcher>? filter, CancellationToken cancellationToken)
    {
        var path = SilencesPath + Query((filter ?? []).Select(m => KeyValuePair.Create("filter", m.ToString())));
        var answers = await ReadEveryAsync(path, Json.ListGettableSilenceDto, cancellationToken).ConfigureAwait(false);
        return answers.SelectMany(dtos => dtos.Select(AlertmanagerMapper.ToSilence))
            .GroupBy(silence => silence.Id, StringComparer.Ordinal)
            .Select(Newest)
            .OrderBy(silence => silence.StartsAt)
            .ThenBy(silence => silence.Id, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<Silence?> GetSilenceAsync(string id, CancellationToken cancellationToken)
    {
        var path = SilencePath + Uri.EscapeDataString(RequireId(id));
        var found = new List<Silence>();
        var failures = new List<AlertmanagerApiException>();
        foreach (var (instance, outcome) in await AskEveryAsync(instance => ReadAsync(instance, path, Json.GettableSilenceDto, cancellationToken), cancellationToken)
            .ConfigureAwait(false))
        {
            if (outcome.Value is { } dto)
            {
                found.Add(AlertmanagerMapper.ToSilence(dto));
            }
            else if (outcome.Error is { StatusCode: 404 })
            {
                // Not known there (yet: gossip takes a moment); another peer may know it.
            }
            else if (outcome.Error is { } error)
            {
                failures.Add(error);
            }
        }
        if (found.Count > 0)
        {
            return Newest(found);
        }
        if (failures.Count == options.CurrentValue.Instances().Count)
        {
            throw AllFailed(path, failures);
        }
        return null;
    }

    public async Task<string> PostSilenceAsync(SilenceDraft silence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(silence);
        if (silence.Matchers.Count == 0)
        {
            throw new ArgumentException("A silence needs at least one matcher.", nameof(silence));
        }
        if (silence.EndsAt <= silence.StartsAt)
        {
            throw new ArgumentException("A silence must end after it starts.", nameof(silence));
        }
        var body = JsonSerializer.SerializeToUtf8Bytes(AlertmanagerMapper.ToWire(silence), Json.PostableSilenceDto);
        var answer = await WriteAsync(SilencesPath, instance =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(instance, SilencesPath)) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json");
            return request;
        }, Json.PostSilenceResponseDto, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(answer?.SilenceID)
            ? throw new AlertmanagerApiException(PrometheusErrorType.BadResponse.Value, 200,
                "Alertmanager accepted the silence but did not say its id (no silenceID in the answer).", SilencesPath, null)
            : answer.SilenceID;
    }

    public async Task ExpireSilenceAsync(string id, CancellationToken cancellationToken)
    {
        var path = SilencePath + Uri.EscapeDataString(RequireId(id));
        try
        {
            await WriteAsync<string>(path, instance => new HttpRequestMessage(HttpMethod.Delete, new Uri(instance, path)), null, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (AlertmanagerApiException ex) when (ex.StatusCode == 500 && ex.Message.EndsWith("already expired", StringComparison.Ordinal))
        {
            // Expiring is idempotent for callers: an ack ended twice (a retried request, two replicas) is still ended.
        }
    }

    public async Task<AlertmanagerStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        var failures = new List<AlertmanagerApiException>();
        foreach (var instance in options.CurrentValue.Instances())
        {
            try
            {
                var dto = await ReadAsync(instance, StatusPath, Json.StatusDto, cancellationToken).ConfigureAwait(false);
                return AlertmanagerMapper.ToStatus(dto, instance);
            }
            catch (AlertmanagerApiException ex)
            {
                failures.Add(ex);
            }
        }
        throw AllFailed(StatusPath, failures);
    }

    /// <summary>Reads <paramref name="path"/> from every Alertmanager; the answers of those that answered, or the failure when none did.</summary>
    private async Task<List<T>> ReadEveryAsync<T>(string path, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var outcomes = await AskEveryAsync(instance => ReadAsync(instance, path, typeInfo, cancellationToken), cancellationToken).ConfigureAwait(false);
        var answers = outcomes.Where(o => o.Outcome.Error is null).Select(o => o.Outcome.Value!).ToList();
        var failures = outcomes.Select(o => o.Outcome.Error).OfType<AlertmanagerApiException>().ToList();
        if (answers.Count == 0)
        {
            throw AllFailed(path, failures);
        }
        foreach (var failure in failures)
        {
            // The cluster still answers: the UI shows its data, the operator learns from the log that a peer is down.
            LogPeerFailed(failure.Instance, path, failure.ErrorType, failure.Message);
        }
        return answers;
    }

    private async Task<List<(Uri Instance, Outcome<T> Outcome)>> AskEveryAsync<T>(
        Func<Uri, Task<T>> ask, CancellationToken cancellationToken)
    {
        var instances = options.CurrentValue.Instances();
        var attempts = instances.Select(async instance =>
        {
            try
            {
                return (instance, new Outcome<T>(await ask(instance).ConfigureAwait(false), null));
            }
            catch (AlertmanagerApiException ex)
            {
                return (instance, new Outcome<T>(default, ex));
            }
        }).ToList();
        var results = await Task.WhenAll(attempts).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return [.. results];
    }

    /// <summary>Sends a write to each Alertmanager in turn until one answers (success or a real refusal).</summary>
    private async Task<T?> WriteAsync<T>(
        string endpoint, Func<Uri, HttpRequestMessage> createRequest, JsonTypeInfo<T>? typeInfo, CancellationToken cancellationToken)
    {
        AlertmanagerApiException? last = null;
        foreach (var instance in options.CurrentValue.Instances())
        {
            try
            {
                using var request = createRequest(instance);
                return await SendAsync(instance, request, endpoint, typeInfo, cancellationToken).ConfigureAwait(false);
            }
            catch (AlertmanagerApiException ex) when (ex.IsNoAnswer)
            {
                LogWriteFailedOver(instance, endpoint, ex.ErrorType, ex.Message);
                last = ex;
            }
        }
        throw (Exception?)last ?? new InvalidOperationException("No Alertmanager is configured.");
    }

    private async Task<T> ReadAsync<T>(Uri instance, string path, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(instance, path));
        var endpoint = EndpointOf(path);
        return await SendAsync(instance, request, endpoint, typeInfo, cancellationToken).ConfigureAwait(false)
            ?? throw new AlertmanagerApiException(PrometheusErrorType.BadResponse.Value, 200,
                $"Alertmanager at {instance} answered {endpoint} with null.", endpoint, instance);
    }

    /// <summary>Sends one request and turns every way it can fail into <see cref="AlertmanagerApiException"/>.</summary>
    private async Task<T?> SendAsync<T>(
        Uri instance, HttpRequestMessage request, string endpoint, JsonTypeInfo<T>? typeInfo, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var error = AlertmanagerErrorReader.FromResponse(response, body, endpoint, instance);
                // A refused silence is the user's business, shown to them; a failing server is the operator's.
                LogApiError(error.StatusCode is >= 400 and < 500 ? LogLevel.Debug : LogLevel.Warning,
                    instance, endpoint, error.ErrorType, error.StatusCode, error.Message);
                throw error;
            }
            return typeInfo is null ? default : JsonSerializer.Deserialize(body, typeInfo);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            LogApiError(LogLevel.Warning, instance, endpoint, PrometheusErrorType.BadResponse.Value, null, ex.Message);
            throw new AlertmanagerApiException(PrometheusErrorType.BadResponse.Value, null,
                $"Alertmanager at {instance} answered {endpoint} with something this client cannot read: {ex.Message} " +
                "Check that the URL points at Alertmanager (including any path prefix).", endpoint, instance, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or TaskCanceledException)
        {
            var error = AlertmanagerErrorReader.Unreachable(ex, endpoint, instance, options.CurrentValue.Timeout);
            LogUnreachable(instance, endpoint, error.Message);
            throw error;
        }
    }

    /// <summary>One alert per fingerprint, the copy Alertmanager updated last; oldest first.</summary>
    private static List<Alert> Merge(IEnumerable<Alert> alerts) =>
        alerts.GroupBy(alert => alert.Fingerprint, StringComparer.Ordinal)
            .Select(copies => copies.MaxBy(alert => alert.UpdatedAt ?? DateTimeOffset.MinValue)!)
            .OrderBy(alert => alert.StartsAt)
            .ThenBy(alert => alert.Fingerprint, StringComparer.Ordinal)
            .ToList();

    private static Silence Newest(IEnumerable<Silence> copies) => copies.MaxBy(silence => silence.UpdatedAt ?? DateTimeOffset.MinValue)!;

    private AlertmanagerApiException AllFailed(string path, List<AlertmanagerApiException> failures)
    {
        if (failures.Count == 1)
        {
            return failures[0];
        }
        var first = failures[0];
        var message = "No Alertmanager answered: " + string.Join("; ", failures.Select(f => f.Message));
        return new AlertmanagerApiException(first.ErrorType, first.StatusCode, message, EndpointOf(path), null, new AggregateException(failures));
    }

    private static string AlertQuery(AlertFilter filter)
    {
        var parameters = filter.Matchers.Select(m => KeyValuePair.Create("filter", m.ToString())).ToList();
        parameters.Add(KeyValuePair.Create("active", Bool(filter.Active)));
        parameters.Add(KeyValuePair.Create("silenced", Bool(filter.Silenced)));
        parameters.Add(KeyValuePair.Create("inhibited", Bool(filter.Inhibited)));
        parameters.Add(KeyValuePair.Create("unprocessed", Bool(filter.Unprocessed)));
        if (!string.IsNullOrEmpty(filter.Receiver))
        {
            parameters.Add(KeyValuePair.Create("receiver", filter.Receiver));
        }
        return Query(parameters);
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Query(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var text = string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        return text.Length == 0 ? string.Empty : "?" + text;
    }

    private static string EndpointOf(string path) => path.Split('?')[0];

    private static string RequireId(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return id;
    }

    private sealed record Outcome<T>(T? Value, AlertmanagerApiException? Error);

    [LoggerMessage(Message = "Alertmanager {Instance} {Endpoint} failed with {ErrorType} (HTTP {StatusCode}): {Error}")]
    private partial void LogApiError(LogLevel level, Uri instance, string endpoint, string errorType, int? statusCode, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alertmanager {Instance} {Endpoint} unreachable: {Error}")]
    private partial void LogUnreachable(Uri instance, string endpoint, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alertmanager peer {Instance} did not answer {Endpoint} ({ErrorType}: {Error}); using the peers that did")]
    private partial void LogPeerFailed(Uri? instance, string endpoint, string errorType, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alertmanager {Instance} did not answer the write {Endpoint} ({ErrorType}: {Error}); trying the next one")]
    private partial void LogWriteFailedOver(Uri instance, string endpoint, string errorType, string error);
}
