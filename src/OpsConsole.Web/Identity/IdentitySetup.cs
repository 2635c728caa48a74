using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Identity;

public static class IdentitySetup
{
    /// <summary>Chooses per request: a Bearer header means an API token, anything else the sign-in cookie.</summary>
    public const string DefaultScheme = "OpsConsole";

    /// <summary>
    /// Authentication (cookie, API tokens, OpenID Connect when configured, kiosk tokens), the policies of
    /// <see cref="Policies"/> with a fallback that requires a signed-in user, rate limits and the sign-in services.
    /// Refuses to start with demo users on a non-loopback address.
    /// </summary>
    public static WebApplicationBuilder AddConsoleIdentity(this WebApplicationBuilder builder)
    {
        DemoUserGuard.ThrowIfExposed(builder.Configuration);
        var services = builder.Services;
        var authSection = builder.Configuration.GetSection(AuthOptions.SectionName);
        services.AddOptions<AuthOptions>().Bind(authSection).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddOptions<SecurityOptions>().Bind(builder.Configuration.GetSection(SecurityOptions.SectionName))
            .Validate(o => o.AllowedOrigins.All(entry => TrustedOrigins.TryParse(entry, out _)),
                "Security:AllowedOrigins takes origins such as \"https://console.example.com\": http or https, host, optional port, no path.")
            .ValidateOnStart();
        var auth = authSection.Get<AuthOptions>() ?? new AuthOptions();

        services.AddAuthentication(DefaultScheme)
            .AddPolicyScheme(DefaultScheme, DefaultScheme, options => options.ForwardDefaultSelector = context =>
                ApiTokenAuthenticationHandler.HasBearer(context.Request)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "opsconsole.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.LoginPath = AccountEndpoints.SignInPath;
                options.AccessDeniedPath = AccountEndpoints.AccessDeniedPath;
                options.ReturnUrlParameter = "returnUrl";
                options.ExpireTimeSpan = auth.SessionIdleTimeout;
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = CookieValidation.ValidateAsync;
                options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(
                ApiTokenAuthenticationHandler.SchemeName, null)
            .AddConsoleOidc(auth.Oidc);

        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var (policy, roles) in Policies.RolesOf)
        {
            authorization.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
        services.AddCascadingAuthenticationState();
        services.AddConsoleRateLimits();

        services.AddSingleton<SignInLockout>();
        services.AddSingleton<SignInUserLimiter>();
        services.AddSingleton<PasswordSignIn>();
        services.AddScoped<CurrentUser>();
        services.AddSingleton<Serilog.Core.ILogEventEnricher, SecretRedactor>();
        return builder;
    }

    /// <summary>Security headers, authentication, authorization and rate limits; call after UseRouting. The cross-site
    /// guard comes later (<see cref="CrossSiteGuardExtensions.UseCrossSiteGuard"/>), after antiforgery has looked at forms.</summary>
    public static IApplicationBuilder UseConsoleSecurity(this IApplicationBuilder app)
    {
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Sign-out, single sign-on start and kiosk sign-in (the sign-in page is a Razor component).</summary>
    public static IEndpointRouteBuilder MapConsoleIdentity(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAccountEndpoints();
        endpoints.MapKioskSignIn();
        return endpoints;
    }

    // APIs and hubs get status codes; pages get the sign-in (or access-denied) page.
    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/_blazor"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
