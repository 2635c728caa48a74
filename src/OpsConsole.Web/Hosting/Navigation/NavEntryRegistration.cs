namespace OpsConsole.Web.Hosting.Navigation;

public static class NavEntryRegistration
{
    /// <summary>Adds a link to the navigation drawer; each feature's setup adds its own pages.</summary>
    public static IServiceCollection AddNavEntry(this IServiceCollection services, NavEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return services.AddSingleton(entry);
    }
}
