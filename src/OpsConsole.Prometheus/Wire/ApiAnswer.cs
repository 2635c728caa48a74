namespace OpsConsole.Prometheus.Wire;

/// <summary>The <c>data</c> of a successful response with the warnings and infos that came with it.</summary>
internal sealed record ApiAnswer<T>(T Data, IReadOnlyList<string> Warnings, IReadOnlyList<string> Infos);
