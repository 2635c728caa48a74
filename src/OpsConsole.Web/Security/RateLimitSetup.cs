using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Alerts.Webhook;

namespace OpsConsole.Web.Security;

internal static class RateLimitSetup
{
    public static IServiceCollection AddConsoleRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicies.SignIn, context =>
            {
                // Showing the form is free; attempts count: form posts and kiosk tokens.
                if (!HttpMethods.IsPost(context.Request.Method) && !context.Request.Query.ContainsKey("token"))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }
                var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<SecurityOptions>>().CurrentValue;
                return PerMinute(AddressOf(context), limits.SignInPermitsPerAddressPerMinute);
            });
            options.AddPolicy(RateLimitPolicies.Webhook, context =>
            {
                // Alertmanager sends every notification from its one address and does not retry a 429, so a storm
                // limited per address loses alerts. Whoever holds the webhook token is Alertmanager: unlimited.
                // Everyone else (no token, a wrong one) is still counted per address.
                var token = context.RequestServices.GetRequiredService<IOptionsMonitor<WebhookTokenOptions>>().CurrentValue.WebhookToken;
                if (WebhookToken.IsAuthorized(context.Request.Headers.Authorization.ToString(), token))
                {
                    return RateLimitPartition.GetNoLimiter("alertmanager");
                }
                var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<SecurityOptions>>().CurrentValue;
                return PerMinute(AddressOf(context), limits.WebhookPermitsPerMinute);
            });
        });
        return services;
    }

    internal static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
