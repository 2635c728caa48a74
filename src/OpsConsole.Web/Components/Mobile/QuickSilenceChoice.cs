using OpsConsole.Web.Components.Alerts.Silences;

namespace OpsConsole.Web.Components.Mobile;

/// <summary>What the quick-silence dialog answers: the length tapped and the note, if any.</summary>
public sealed record QuickSilenceChoice(DurationPreset Preset, string? Note);
