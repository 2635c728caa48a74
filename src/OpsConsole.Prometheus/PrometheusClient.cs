using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;
using OpsConsole.Prometheus.Wire;
using Polly.Timeout;

namespace OpsConsole.Prometheus;

/// <summary>
/// The typed HttpClient behind <see cref="IPrometheusClient"/>. Queries are POSTed form-encoded (no URL length
/// limit for long PromQL); other reads are GETs. Retries and the per-attempt timeout live in the handler pipeline.
/// </summary>
internal sealed partial class PrometheusClient(
    HttpClient http, IOptionsMonitor<PrometheusOptions> options, ILogger<PrometheusClient> logger) : IPrometheusClient
{
    private static readonly PrometheusJsonContext Json = PrometheusJsonContext.Default;

    public async Task<QueryResult<QueryValue>> QueryAsync(string query, DateTimeOffset? time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var form = new List<KeyValuePair<string, string>> { new("query", query) };
        if (time is { } at)
        {
            form.Add(new("time", WireFormat.Time(at)));
        }
        form.Add(new("timeout", WireFormat.Seconds(options.CurrentValue.Timeout)));
        return await SendAsync(HttpMethod.Post, "api/v1/query", form, Json.ApiEnvelopeQueryDataDto, WireMapper.ToQueryValue, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<QueryResult<IReadOnlyList<MetricSeries>>> QueryRangeAsync(RangeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(query.Expression);
        List<KeyValuePair<string, string>> form =
        [
            new("query", query.Expression),
            new("start", WireFormat.Time(query.Start)),
            new("end", WireFormat.Time(query.End)),
            new("step", WireFormat.Seconds(query.Step)),
            new("timeout", WireFormat.Seconds(options.CurrentValue.Timeout)),
        ];
        return await SendAsync(HttpMethod.Post, "api/v1/query_range", form, Json.ApiEnvelopeQueryDataDto, WireMapper.ToRangeSeries, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<QueryResult<IReadOnlyList<LabelSet>>> SeriesAsync(
        IReadOnlyCollection<string> matchers, DateTimeOffset? start, DateTimeOffset? end, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matchers);
        if (matchers.Count == 0)
        {
            throw new ArgumentException("At least one series selector is required.", nameof(matchers));
        }
        return await SendAsync(HttpMethod.Get, "api/v1/series", SelectorParameters(matchers, start, end),
            Json.ApiEnvelopeListDictionaryStringString, WireMapper.ToLabelSets, cancellationToken).ConfigureAwait(false);
    }

    public async Task<QueryResult<IReadOnlyList<string>>> LabelNamesAsync(
        IReadOnlyCollection<string>? matchers, DateTimeOffset? start, DateTimeOffset? end, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Get, "api/v1/labels", SelectorParameters(matchers, start, end),
            Json.ApiEnvelopeListString, static names => (IReadOnlyList<string>)names, cancellationToken).ConfigureAwait(false);

    public async Task<QueryResult<IReadOnlyList<string>>> LabelValuesAsync(
        string labelName, IReadOnlyCollection<string>? matchers, DateTimeOffset? start, DateTimeOffset? end, CancellationToken cancellationToken)
    {
        if (!PromQl.IsValidLabelName(labelName))
        {
            throw new ArgumentException($"\"{labelName}\" is not a valid label name ([a-zA-Z_][a-zA-Z0-9_]*).", nameof(labelName));
        }
        return await SendAsync(HttpMethod.Get, $"api/v1/label/{labelName}/values", SelectorParameters(matchers, start, end),
            Json.ApiEnvelopeListString, static values => (IReadOnlyList<string>)values, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ScrapeTargets> TargetsAsync(TargetStateFilter state, CancellationToken cancellationToken)
    {
        var value = state switch
        {
            TargetStateFilter.Any => "any",
            TargetStateFilter.Active => "active",
            TargetStateFilter.Dropped => "dropped",
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown target state filter."),
        };
        var result = await SendAsync(HttpMethod.Get, "api/v1/targets", [new("state", value)],
            Json.ApiEnvelopeTargetsDto, WireMapper.ToTargets, cancellationToken).ConfigureAwait(false);
        return result.Value;
    }

    public async Task<IReadOnlyList<RuleGroup>> RulesAsync(RuleTypeFilter type, CancellationToken cancellationToken)
    {
        List<KeyValuePair<string, string>> parameters = type switch
        {
            RuleTypeFilter.Any => [],
            RuleTypeFilter.Alerting => [new("type", "alert")],
            RuleTypeFilter.Recording => [new("type", "record")],
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown rule type filter."),
        };
        var result = await SendAsync(HttpMethod.Get, "api/v1/rules", parameters,
            Json.ApiEnvelopeRulesDto, WireMapper.ToRuleGroups, cancellationToken).ConfigureAwait(false);
        return result.Value;
    }

    public async Task<IReadOnlyList<PrometheusAlert>> AlertsAsync(CancellationToken cancellationToken)
    {
        var result = await SendAsync(HttpMethod.Get, "api/v1/alerts", [],
            Json.ApiEnvelopeAlertsDto, WireMapper.ToAlerts, cancellationToken).ConfigureAwait(false);
        return result.Value;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<MetricMetadata>>> MetadataAsync(
        string? metric, int? limit, CancellationToken cancellationToken)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        if (!string.IsNullOrEmpty(metric))
        {
            parameters.Add(new("metric", metric));
        }
        if (limit is { } max)
        {
            parameters.Add(new("limit", max.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        var result = await SendAsync(HttpMethod.Get, "api/v1/metadata", parameters,
            Json.ApiEnvelopeDictionaryStringListMetadataDto, WireMapper.ToMetadata, cancellationToken).ConfigureAwait(false);
        return result.Value;
    }

    public async Task<PrometheusBuildInfo> BuildInfoAsync(CancellationToken cancellationToken)
    {
        var result = await SendAsync(HttpMethod.Get, "api/v1/status/buildinfo", [],
            Json.ApiEnvelopeBuildInfoDto, WireMapper.ToBuildInfo, cancellationToken).ConfigureAwait(false);
        return result.Value;
    }

    public async Task<string> ConfigYamlAsync(CancellationToken cancellationToken)
    {
        var result = await SendAsync(HttpMethod.Get, "api/v1/status/config", [],
            Json.ApiEnvelopeConfigDto, static data => data.Yaml ?? string.Empty, cancellationToken).ConfigureAwait(false);
        return result.Value;
    }

    private static List<KeyValuePair<string, string>> SelectorParameters(
        IReadOnlyCollection<string>? matchers, DateTimeOffset? start, DateTimeOffset? end)
    {
        var parameters = (matchers ?? []).Select(m => new KeyValuePair<string, string>("match[]", m)).ToList();
        if (start is { } from)
        {
            parameters.Add(new("start", WireFormat.Time(from)));
        }
        if (end is { } to)
        {
            parameters.Add(new("end", WireFormat.Time(to)));
        }
        return parameters;
    }

    /// <summary>Sends one request and turns every way it can fail into <see cref="PrometheusApiException"/>.</summary>
    private async Task<QueryResult<TResult>> SendAsync<TData, TResult>(
        HttpMethod method,
        string endpoint,
        List<KeyValuePair<string, string>> parameters,
        JsonTypeInfo<ApiEnvelope<TData>> typeInfo,
        Func<TData, TResult> map,
        CancellationToken cancellationToken)
    {
        using var request = method == HttpMethod.Post
            ? new HttpRequestMessage(method, endpoint) { Content = new FormUrlEncodedContent(parameters) }
            : new HttpRequestMessage(method, parameters.Count == 0 ? endpoint : endpoint + "?" + QueryString(parameters));
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var answer = await EnvelopeReader.ReadAsync(response, typeInfo, endpoint, cancellationToken).ConfigureAwait(false);
            return new QueryResult<TResult>(map(answer.Data), answer.Warnings, answer.Infos);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (PrometheusApiException ex)
        {
            // A typo in a query is the user's business, shown to them; a failing server is the operator's.
            var level = ex.StatusCode is >= 400 and < 500 ? LogLevel.Debug : LogLevel.Warning;
            LogApiError(level, endpoint, ex.ErrorType, ex.StatusCode, ex.Message);
            throw;
        }
        catch (FormatException ex)
        {
            LogApiError(LogLevel.Warning, endpoint, PrometheusErrorType.BadResponse.Value, null, ex.Message);
            throw new PrometheusApiException(PrometheusErrorType.BadResponse.Value, null,
                $"Prometheus answered {endpoint} with a value this client cannot read: {ex.Message}", endpoint, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or TaskCanceledException)
        {
            var message = ex is HttpRequestException
                ? $"Could not reach Prometheus at {http.BaseAddress}: {ex.Message}"
                : $"Prometheus at {http.BaseAddress} did not answer within {options.CurrentValue.Timeout.TotalSeconds:0.###} s.";
            LogUnreachable(ex, endpoint, message);
            throw new PrometheusApiException(MetricsQueryException.Unreachable, null, message, endpoint, ex);
        }
    }

    private static string QueryString(List<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));

    [LoggerMessage(Message = "Prometheus {Endpoint} failed with {ErrorType} (HTTP {StatusCode}): {Error}")]
    private partial void LogApiError(LogLevel level, string endpoint, string errorType, int? statusCode, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prometheus {Endpoint} unreachable: {Error}")]
    private partial void LogUnreachable(Exception exception, string endpoint, string error);
}
