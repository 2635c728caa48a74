using System.Text.Json.Serialization;

namespace OpsConsole.Web.Explore.Completion;

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(List<CompletionMatcher>))]
internal sealed partial class ExploreJsonContext : JsonSerializerContext;
