using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Tests.Identity;

/// <summary>
/// Walks every endpoint the app maps and every page route with each role and anonymously, and checks the
/// answer against the declared table below. An endpoint, page or hub method missing from the table fails
/// the test: declare who may reach it here when you add it (and put the policy on it).
/// </summary>
public sealed class RoleMatrixTests(RoleMatrixTests.Host host) : IClassFixture<RoleMatrixTests.Host>
{
    /// <summary>
    /// Key: "METHOD /pattern" for endpoints (the route template without a trailing slash), "/pattern" for page
    /// routes (GET). Parameters are requested as "sample" unless <see cref="Samples"/> gives a path.
    /// </summary>
    private static readonly Dictionary<string, Access> Declared = new(StringComparer.Ordinal)
    {
        // Probes and the scrape: Prometheus and orchestrators carry no credentials.
        ["GET /healthz"] = Access.Everyone,
        ["GET /readyz"] = Access.Everyone,
        ["GET /metrics"] = Access.Everyone,
        // Signing in.
        ["/account/sign-in"] = Access.Everyone,
        ["GET /account/sign-in/oidc"] = Access.Everyone,
        ["GET /kiosk"] = Access.Everyone,
        ["POST /account/sign-out"] = Access.SignedIn,
        ["/account/access-denied"] = Access.SignedIn,
        // The static-assets fallback for file-like paths outside the manifest (every real asset has its own
        // anonymous endpoint): nothing to serve there, so it stays behind the sign-in like everything else.
        ["GET /{**path:file}"] = Access.SignedIn,
        ["HEAD /{**path:file}"] = Access.SignedIn,
        // The Blazor circuit (hub endpoints carry no method metadata, so they read as GET): signed-in users only.
        ["GET /_blazor"] = Access.SignedIn,
        ["GET /_blazor/negotiate"] = Access.SignedIn,
        ["GET /_blazor/disconnect"] = Access.SignedIn,
        ["GET /_blazor/initializers"] = Access.SignedIn,
        ["GET /_framework/opaque-redirect"] = Access.SignedIn,
        // Boards.
        ["/"] = Access.Policy(Policies.ViewBoards),
        ["/boards/{BoardId}"] = Access.Policy(Policies.ViewBoards),
        // Admin.
        ["/audit"] = Access.Policy(Policies.Administer),
        ["GET /api/audit"] = Access.Policy(Policies.Administer),
        // Alerts (src/OpsConsole.Web/Alerts). The webhook is anonymous to cookies and API tokens but guarded by its
        // own bearer token, so no role gets past it.
        ["POST /api/alertmanager/webhook"] = new("Alertmanager's webhook token only", false, new HashSet<string>()),
        ["GET /api/alerts"] = Access.Policy(Policies.View),
        ["POST /api/alerts/{fingerprint}/ack"] = Access.Policy(Policies.Operate),
        ["DELETE /api/alerts/{fingerprint}/ack"] = Access.Policy(Policies.Operate),
        ["GET /api/silences"] = Access.Policy(Policies.View),
        ["GET /api/silences/{id}"] = Access.Policy(Policies.View),
        ["POST /api/silences"] = Access.Policy(Policies.Operate),
        ["PUT /api/silences/{id}"] = Access.Policy(Policies.Operate),
        ["DELETE /api/silences/{id}"] = Access.Policy(Policies.Operate),
        ["GET /api/alert-history"] = Access.Policy(Policies.View),
        ["GET /api/alert-history/response-times"] = Access.Policy(Policies.View),
        ["GET /api/alert-history/response-times/weekly"] = Access.Policy(Policies.View),
        ["GET /api/alert-history/{fingerprint}"] = Access.Policy(Policies.View),
        // Read-only live alerts for wall screens and scripts: Kiosk too (AlertsHub.GetSnapshot carries the same policy).
        ["GET /hubs/alerts"] = Access.Policy(Policies.ViewBoards),
        ["GET /hubs/alerts/negotiate"] = Access.Policy(Policies.ViewBoards),
        ["GET /openapi/{documentName}.json"] = Access.Policy(Policies.View),
        // Alerts pages: people read alerts and silences; only Operator and Admin edit silences.
        ["/alerts"] = Access.Policy(Policies.View),
        ["/alerts/history"] = Access.Policy(Policies.View),
        ["/alerts/{Fingerprint}"] = Access.Policy(Policies.View),
        ["/silences"] = Access.Policy(Policies.View),
        ["/silences/new"] = Access.Policy(Policies.Operate),
        ["/silences/{Id}/edit"] = Access.Policy(Policies.Operate),
        // Explore (src/OpsConsole.Web/Explore): people investigate; the history it keeps is the signed-in user's own.
        ["/explore"] = Access.Policy(Policies.View),
        // Targets and rules (src/OpsConsole.Web/Investigate): read-only views of Prometheus for anyone who may view.
        ["/targets"] = Access.Policy(Policies.View),
        // Wall screens (src/OpsConsole.Web/Wall): a kiosk plays its screen and reports in; only admins push to screens.
        ["/wall/{ScreenId}"] = Access.Policy(Policies.ViewBoards),
        ["POST /api/wall/heartbeat"] = Access.Policy(Policies.ViewBoards),
        ["/admin/screens"] = Access.Policy(Policies.Administer),
        ["/rules"] = Access.Policy(Policies.View),
        // SLO pages (src/OpsConsole.Web/Slo): read-only budgets and burn rates for anyone who may view.
        ["/slo"] = Access.Policy(Policies.View),
        ["/slo/{SloId}"] = Access.Policy(Policies.View),
        // Capacity (src/OpsConsole.Web/Capacity): a read-only view of the capacity triggers for anyone who may view.
        ["/capacity"] = Access.Policy(Policies.View),
        ["GET /api/explore/metric-names"] = Access.Policy(Policies.View),
        ["GET /api/explore/label-names"] = Access.Policy(Policies.View),
        ["GET /api/explore/label-values"] = Access.Policy(Policies.View),
    };

    /// <summary>Paths to request where the pattern alone would not exercise the endpoint.</summary>
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["GET /kiosk"] = $"/kiosk?token={TestIdentities.KioskToken}",
    };

    private static readonly string?[] Callers = [null, .. Roles.All];

    [Fact]
    public void Every_mapped_endpoint_has_a_declared_expectation()
    {
        var undeclared = host.Endpoints().Where(e => !e.IsStaticAsset && !Declared.ContainsKey(e.Key)).Select(e => e.Key).Distinct().ToList();

        Assert.True(undeclared.Count == 0,
            $"Endpoints without a declared expectation in {nameof(RoleMatrixTests)}.{nameof(Declared)} " +
            $"(add them with the policy they must have): {string.Join(", ", undeclared)}");
    }

    [Fact]
    public void Every_page_route_has_a_declared_expectation_and_its_own_authorization_attribute()
    {
        var problems = new List<string>();
        foreach (var (route, component) in PageRoutes())
        {
            if (!Declared.ContainsKey(route))
            {
                problems.Add($"{route} ({component.Name}) has no declared expectation");
            }
            // Interactive navigation never reaches the endpoint: AuthorizeRouteView checks the attribute only.
            if (component.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Any() == false
                && component.GetCustomAttributes<AllowAnonymousAttribute>(inherit: true).Any() == false)
            {
                problems.Add($"{route} ({component.Name}) has neither [Authorize] nor [AllowAnonymous]");
            }
        }
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [Fact]
    public void Every_declared_expectation_still_exists()
    {
        var mapped = host.Endpoints().Select(e => e.Key).Concat(PageRoutes().Select(p => p.Route)).ToHashSet(StringComparer.Ordinal);

        var stale = Declared.Keys.Where(key => !mapped.Contains(key)).ToList();

        Assert.True(stale.Count == 0, $"Declared but no longer mapped (remove them): {string.Join(", ", stale)}");
    }

    [Fact]
    public void Every_hub_method_declares_a_policy()
    {
        var hubs = typeof(Program).Assembly.GetTypes().Where(t => typeof(Hub).IsAssignableFrom(t) && !t.IsAbstract);
        var undeclared = hubs
            .SelectMany(hub => hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName)
                .Where(m => m.GetCustomAttribute<AuthorizeAttribute>()?.Policy is null
                            && hub.GetCustomAttribute<AuthorizeAttribute>()?.Policy is null)
                .Select(m => $"{hub.Name}.{m.Name}"))
            .ToList();

        Assert.True(undeclared.Count == 0, $"Hub methods without [Authorize(Policy = Policies.X)]: {string.Join(", ", undeclared)}");
    }

    [Fact]
    public async Task Every_endpoint_answers_each_role_as_declared()
    {
        var wrong = new List<string>();
        foreach (var endpoint in host.Endpoints().Where(e => Declared.ContainsKey(e.Key)).DistinctBy(e => e.Key))
        {
            foreach (var role in Callers)
            {
                var path = Samples.GetValueOrDefault(endpoint.Key, endpoint.SamplePath);
                var (allowed, status) = await host.TryAsync(endpoint.Method, path, role);
                var expected = Declared[endpoint.Key].Allows(role);
                if (allowed != expected || (allowed && Undocumented(status, path) is not null))
                {
                    wrong.Add($"{endpoint.Key} as {role ?? "anonymous"}: expected {(expected ? "allow" : "deny")}, got {status}" +
                              (allowed && Undocumented(status, path) is { } reason ? $" ({reason})" : string.Empty));
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Every_page_answers_each_role_as_declared()
    {
        var wrong = new List<string>();
        foreach (var (route, _) in PageRoutes().Where(p => Declared.ContainsKey(p.Route)))
        {
            foreach (var role in Callers)
            {
                var path = Samples.GetValueOrDefault(route, MappedEndpoint.SampleOf(route));
                var (allowed, status) = await host.TryAsync(HttpMethods.Get, path, role);
                var expected = Declared[route].Allows(role);
                if (allowed != expected || (allowed && Undocumented(status, path) is not null))
                {
                    wrong.Add($"page {route} as {role ?? "anonymous"}: expected {(expected ? "allow" : "deny")}, got {status}" +
                              (allowed && Undocumented(status, path) is { } reason ? $" ({reason})" : string.Empty));
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Static_assets_are_anonymous_so_the_sign_in_page_can_load_them()
    {
        var assets = host.Endpoints().Where(e => e.IsStaticAsset).ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets.Where(a => a.SamplePath.Contains("blazor.web", StringComparison.Ordinal)).Take(2).Concat(assets.Take(3)))
        {
            var (allowed, status) = await host.TryAsync(HttpMethods.Get, asset.SamplePath, role: null);
            Assert.True(allowed, $"{asset.SamplePath} answered {status} to an anonymous visitor");
        }
        Assert.All(assets, asset => Assert.True(asset.AllowsAnonymous, $"{asset.Key} is not marked AllowAnonymous"));
    }

    /// <summary>
    /// Why an answer let through is not one the endpoint documents, or null when it is. Let through means the caller
    /// reached the endpoint's own code, so: never a 500 (an unhandled error), and a 404 only where the request named a
    /// sample resource that does not exist. 502/503 are documented answers of the endpoints that call Alertmanager or
    /// Prometheus, which this host does not run.
    /// </summary>
    private static string? Undocumented(string status, string path) => status switch
    {
        _ when status.StartsWith("500", StringComparison.Ordinal) => "an unhandled error is no documented answer",
        _ when status.StartsWith("404", StringComparison.Ordinal) && !path.Contains("sample", StringComparison.Ordinal)
                                                                   && !DocumentedNotFound.Contains(path)
            => "404 on a path that names no resource: the route is not there",
        _ => null,
    };

    /// <summary>Paths whose documented answer in this host's configuration is 404.</summary>
    private static readonly HashSet<string> DocumentedNotFound = new(StringComparer.Ordinal)
    {
        // No OpenID Connect provider is configured here: the OIDC sign-in is not offered.
        "/account/sign-in/oidc",
    };

    private static IEnumerable<(string Route, Type Component)> PageRoutes() =>
        typeof(Program).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes<RouteAttribute>().Select(route => (Route: "/" + route.Template.TrimStart('/'), Component: type)));

    /// <summary>One app for the whole matrix; the endpoint list comes from its own DI container.</summary>
    public sealed class Host : IAsyncLifetime
    {
        private readonly ConsoleAppFactory _factory = new();

        public IReadOnlyList<MappedEndpoint> Endpoints()
        {
            var sources = _factory.Services.GetRequiredService<EndpointDataSource>();
            return sources.Endpoints.OfType<RouteEndpoint>()
                // Pages are walked by route (below), with their own attribute check.
                .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is null)
                .SelectMany(MappedEndpoint.From)
                .ToList();
        }

        public async Task<(bool Allowed, string Status)> TryAsync(string method, string path, string? role)
        {
            using var client = _factory.CreateBrowserLikeClient();
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
            if (role is not null)
            {
                request.Headers.Authorization = TestIdentities.BearerOf(role);
            }
            using var response = await client.SendAsync(request);
            var location = response.Headers.Location?.OriginalString ?? string.Empty;
            var denied = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                         || (response.StatusCode == HttpStatusCode.Redirect
                             && (location.Contains("/account/sign-in", StringComparison.Ordinal)
                                 || location.Contains("/account/access-denied", StringComparison.Ordinal)));
            return (!denied, $"{(int)response.StatusCode}{(location.Length > 0 ? " → " + location : string.Empty)}");
        }

        public ValueTask InitializeAsync()
        {
            // Starts the server, so the endpoint data source is complete.
            _factory.CreateClient().Dispose();
            return ValueTask.CompletedTask;
        }

        public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
    }
}

/// <summary>One method of one route endpoint, with a concrete path to request.</summary>
public sealed record MappedEndpoint(string Method, string Pattern, string SamplePath, bool IsStaticAsset, bool AllowsAnonymous)
{
    public string Key => $"{Method} {Pattern}";

    public static IEnumerable<MappedEndpoint> From(RouteEndpoint endpoint)
    {
        // "/api/alerts/" (a group's root) and "/api/alerts" are the same address to a caller.
        var pattern = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).Trim('/');
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];
        var isStatic = endpoint.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor");
        var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        return methods.Select(method => new MappedEndpoint(method, pattern, SampleOf(pattern), isStatic, anonymous));
    }

    /// <summary>The pattern with every parameter filled with "sample".</summary>
    public static string SampleOf(string pattern) => System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", "sample");
}
