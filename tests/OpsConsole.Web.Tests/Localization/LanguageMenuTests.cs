using OpsConsole.Testing;
using System.Globalization;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using OpsConsole.Web.Components.Layout;
using OpsConsole.Web.Identity;
using OpsConsole.Web.Localization;
using OpsConsole.Web.Storage;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Localization;

public sealed class LanguageMenuTests : BunitContext
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryPreferenceStore _store = new();
    private readonly RecordingAuditLog _audit = new();
    private readonly BunitJSModuleInterop _cookies;
    private readonly BunitAuthorizationContext _auth;

    public LanguageMenuTests()
    {
        CultureInfo.CurrentUICulture = TextClasses.Chinese;
        CultureInfo.CurrentCulture = TextClasses.Chinese;
        JSInterop.Mode = JSRuntimeMode.Loose;
        _cookies = JSInterop.SetupModule(PreferencesInterop.ModulePath);
        _cookies.Mode = JSRuntimeMode.Strict;
        _cookies.SetupVoid("setCookie", _ => true).SetVoidResult();
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(_time);
        Services.AddSingleton<IUserPreferenceStore>(_store);
        Services.AddSingleton<IAuditLog>(_audit);
        Services.AddSingleton<PreferenceService>();
        Services.AddSingleton<UserLanguages>();
        Services.AddScoped<PreferencesInterop>();
        Services.AddScoped(provider => new CurrentUser(
            provider.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>(),
            provider.GetRequiredService<PreferenceService>(),
            NullLogger<CurrentUser>.Instance));
        Services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        _auth = AddAuthorization();
        _auth.SetAuthorized("alice");
    }

    [Fact]
    public async Task Choosing_English_sets_the_culture_cookie_stores_and_audits_the_preference_and_reloads_the_page()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("boards/robot-health?range=now-1h");
        var languages = Services.GetRequiredService<UserLanguages>();
        Assert.Null(await languages.GetAsync("alice", CancellationToken.None)); // now held as "never chose"

        await ChooseAsync(UiCultures.English);

        var cookie = Assert.Single(_cookies.Invocations, i => i.Identifier == "setCookie");
        Assert.Equal(".AspNetCore.Culture", cookie.Arguments[0]);
        Assert.Equal("c=en|uic=en", cookie.Arguments[1]);
        Assert.Equal("en", (await _store.GetAsync("alice", CancellationToken.None))?.Language);
        var audited = Assert.Single(_audit.Records);
        Assert.Equal(("alice", AuditActions.PreferenceChanged, "language", "en"), (audited.Actor, audited.Action, audited.Target, audited.Detail));
        Assert.Equal("en", await languages.GetAsync("alice", CancellationToken.None)); // not the held "never chose"
        var reload = Assert.IsType<BunitNavigationManager>(navigation).History.First();
        Assert.True(reload.Options.ForceLoad);
        Assert.Equal("http://localhost/boards/robot-health?range=now-1h", reload.Uri);
    }

    [Fact]
    public async Task Choosing_the_current_language_changes_nothing()
    {
        await ChooseAsync(UiCultures.Chinese);

        Assert.Empty(_cookies.Invocations);
        Assert.Empty(_audit.Records);
    }

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_gets_the_cookie_only()
    {
        _auth.SetNotAuthorized();

        await ChooseAsync(UiCultures.English);

        Assert.Single(_cookies.Invocations, i => i.Identifier == "setCookie");
        Assert.Empty(_audit.Records);
        Assert.True(Assert.IsType<BunitNavigationManager>(Services.GetRequiredService<NavigationManager>()).History.First().Options.ForceLoad);
    }

    [Fact]
    public void The_menu_names_each_language_in_itself_and_marks_the_current_one()
    {
        var popovers = Render<MudPopoverProvider>();
        var menu = Render<LanguageMenu>();
        menu.Find("button").Click();

        var chinese = popovers.WaitForElement("[data-testid=language-zh-CN]", Eventually.InProcessDeadline);
        var english = popovers.Find("[data-testid=language-en]");
        Assert.Contains("中文", chinese.TextContent, StringComparison.Ordinal);
        Assert.Contains("English", english.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", chinese.GetAttribute("data-current"));
        Assert.Equal("false", english.GetAttribute("data-current"));
        Assert.Equal("语言", menu.Find("button").GetAttribute("aria-label"));
    }

    private async Task ChooseAsync(string culture)
    {
        var popovers = Render<MudPopoverProvider>();
        var menu = Render<LanguageMenu>();
        await menu.Find("button").ClickAsync(new());
        await popovers.WaitForElement($"[data-testid=language-{culture}]", Eventually.InProcessDeadline).ClickAsync(new());
    }
}
