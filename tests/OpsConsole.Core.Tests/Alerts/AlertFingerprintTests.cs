using OpsConsole.Core.Alerts;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Tests.Alerts;

public sealed class AlertFingerprintTests
{
    [Fact]
    public void The_empty_label_set_has_the_FNV_offset_basis() =>
        Assert.Equal("cbf29ce484222325", AlertFingerprint.Of(LabelSet.Empty));

    [Fact]
    public void The_fingerprint_does_not_depend_on_label_order()
    {
        var a = new LabelSet([new("b", "2"), new("a", "1")]);
        var b = new LabelSet([new("a", "1"), new("b", "2")]);

        Assert.Equal(AlertFingerprint.Of(a), AlertFingerprint.Of(b));
        Assert.Matches("^[0-9a-f]{16}$", AlertFingerprint.Of(a));
    }

    [Fact]
    public void Moving_text_between_name_and_value_changes_the_fingerprint() =>
        Assert.NotEqual(
            AlertFingerprint.Of(new LabelSet([new("ab", "c")])),
            AlertFingerprint.Of(new LabelSet([new("a", "bc")])));
}
