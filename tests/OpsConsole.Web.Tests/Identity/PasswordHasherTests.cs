using OpsConsole.Web.Identity;

namespace OpsConsole.Web.Tests.Identity;

public sealed class PasswordHasherTests
{
    [Fact]
    public void A_hash_verifies_its_password_and_no_other()
    {
        var hash = PasswordHasher.Hash("correct horse", PasswordHasher.MinimumIterations);

        Assert.True(PasswordHasher.Verify("correct horse", hash));
        Assert.False(PasswordHasher.Verify("correct horse ", hash));
        Assert.False(PasswordHasher.Verify("Correct horse", hash));
    }

    [Fact]
    public void The_format_names_the_scheme_and_the_work_factor_and_salts_every_hash()
    {
        var first = PasswordHasher.Hash("same", PasswordHasher.MinimumIterations);
        var second = PasswordHasher.Hash("same", PasswordHasher.MinimumIterations);

        Assert.StartsWith($"pbkdf2-sha256${PasswordHasher.MinimumIterations}$", first, StringComparison.Ordinal);
        Assert.Equal(4, first.Split('$').Length);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void The_default_work_factor_is_the_current_recommendation()
    {
        Assert.StartsWith("pbkdf2-sha256$600000$", PasswordHasher.Hash("x"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text-password")]
    [InlineData("pbkdf2-sha256$1000$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==")]
    [InlineData("pbkdf2-sha1$600000$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==")]
    [InlineData("pbkdf2-sha256$600000$not base64$aGFzaA==")]
    public void A_malformed_or_weak_hash_never_verifies(string hash)
    {
        Assert.False(PasswordHasher.IsWellFormed(hash));
        Assert.False(PasswordHasher.Verify("anything", hash));
    }

    [Fact]
    public void Hash_password_reads_the_password_from_standard_input_and_prints_only_the_hash()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = PasswordHashCommand.TryRun(["--hash-password"], new StringReader("s3cret\n"), output, error, interactive: false);

        Assert.Equal(0, exit);
        var hash = output.ToString().Trim();
        Assert.True(PasswordHasher.Verify("s3cret", hash));
        Assert.DoesNotContain("s3cret", output.ToString() + error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_password_without_input_fails_with_a_hint()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = PasswordHashCommand.TryRun(["--hash-password"], new StringReader(string.Empty), output, error, interactive: false);

        Assert.Equal(2, exit);
        Assert.Empty(output.ToString());
        Assert.Contains("--hash-password", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_switch_the_app_starts_normally()
    {
        Assert.Null(PasswordHashCommand.TryRun(["--urls", "http://127.0.0.1:5080"], TextReader.Null, TextWriter.Null, TextWriter.Null, interactive: false));
    }
}
