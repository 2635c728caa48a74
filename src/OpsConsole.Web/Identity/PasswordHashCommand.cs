using System.Text;

namespace OpsConsole.Web.Identity;

/// <summary>
/// <c>OpsConsole.Web --hash-password</c>: reads a password from standard input (never the command line,
/// which lands in shell history and ps), prints its hash for <c>Auth:Users:N:PasswordHash</c> and exits.
/// </summary>
public static class PasswordHashCommand
{
    public const string Switch = "--hash-password";

    /// <summary>Runs the command when <paramref name="args"/> asks for it; returns the exit code, or null otherwise.</summary>
    public static int? TryRun(string[] args, TextReader input, TextWriter output, TextWriter error, bool interactive)
    {
        if (!args.Contains(Switch, StringComparer.Ordinal))
        {
            return null;
        }
        if (interactive)
        {
            error.Write("Password: ");
        }
        var password = interactive ? ReadHidden() : input.ReadLine();
        if (interactive)
        {
            error.WriteLine();
        }
        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine("No password on standard input; e.g. printf '%s' \"$password\" | OpsConsole.Web --hash-password");
            return 2;
        }
        output.WriteLine(PasswordHasher.Hash(password));
        return 0;
    }

    public static int? TryRun(string[] args) =>
        TryRun(args, Console.In, Console.Out, Console.Error, interactive: !Console.IsInputRedirected);

    // Typed at a terminal: no echo.
    private static string ReadHidden()
    {
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                return text.ToString();
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                {
                    text.Length--;
                }
                continue;
            }
            text.Append(key.KeyChar);
        }
    }
}
