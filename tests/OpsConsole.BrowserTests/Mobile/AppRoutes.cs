using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Mobile;

/// <summary>
/// Every page route of the console, read from its built assembly's [Route] attributes (what @page compiles to),
/// so a page someone adds is covered without a list to keep. Read as metadata: nothing of the app is loaded here.
/// </summary>
internal static class AppRoutes
{
    public static IReadOnlyList<string> Templates()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = RepositoryPaths.Combine("src", "OpsConsole.Web", "bin", configuration, "net10.0", "OpsConsole.Web.dll");
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.CustomAttributes)
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Parent.Kind != HandleKind.TypeDefinition || !IsRouteAttribute(metadata, attribute))
            {
                continue;
            }
            var value = metadata.GetBlobReader(attribute.Value);
            if (value.ReadUInt16() == 1 && value.ReadSerializedString() is { } template)
            {
                routes.Add("/" + template.TrimStart('/'));
            }
        }
        return [.. routes];
    }

    /// <summary>A path for <paramref name="template"/>: each {parameter} from <paramref name="values"/> by name, else "sample".</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var segments = template.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.StartsWith('{') && segment.EndsWith('}'))
            {
                var name = segment.Trim('{', '}', '*', '?').Split(':')[0];
                segments[i] = Uri.EscapeDataString(values.TryGetValue(name.ToLowerInvariant(), out var value) ? value : "sample");
            }
        }
        return string.Join('/', segments);
    }

    private static bool IsRouteAttribute(MetadataReader metadata, CustomAttribute attribute)
    {
        EntityHandle type = attribute.Constructor.Kind switch
        {
            HandleKind.MemberReference => metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            HandleKind.MethodDefinition => metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            _ => default,
        };
        return type.Kind == HandleKind.TypeReference
            && metadata.GetTypeReference((TypeReferenceHandle)type) is var reference
            && metadata.GetString(reference.Name) == "RouteAttribute"
            && metadata.GetString(reference.Namespace) == "Microsoft.AspNetCore.Components";
    }
}
