using System.Text;

namespace OpsConsole.Core.Alerts.Matching;

/// <summary>
/// Reads Alertmanager matcher syntax, as amtool and Alertmanager's UI accept it: <c>alertname="X", severity=~"crit.*"</c>,
/// optionally wrapped in <c>{…}</c>, values quoted or bare, a trailing comma allowed. Inside quotes <c>\"</c>,
/// <c>\\</c> and <c>\n</c> are escapes and any other backslash is kept as written (so <c>"10\.0\..*"</c> is a regex
/// for a dotted prefix), as Alertmanager does.
/// </summary>
public static class MatcherParser
{
    /// <summary>Parses the text; empty or blank text (or <c>{}</c>) gives no matchers.</summary>
    /// <exception cref="MatcherParseException">With the position of the first problem.</exception>
    public static IReadOnlyList<Matcher> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Reader(text).ReadAll();
    }

    public static bool TryParse(string text, out IReadOnlyList<Matcher> matchers, out MatcherParseException? error)
    {
        try
        {
            matchers = Parse(text);
            error = null;
            return true;
        }
        catch (MatcherParseException ex)
        {
            matchers = [];
            error = ex;
            return false;
        }
    }

    /// <summary>Alertmanager syntax for a list, e.g. <c>{alertname="X", severity="critical"}</c>.</summary>
    public static string Format(IEnumerable<Matcher> matchers) => "{" + string.Join(", ", matchers) + "}";

    private sealed class Reader(string text)
    {
        private int _at;

        public List<Matcher> ReadAll()
        {
            var matchers = new List<Matcher>();
            SkipSpace();
            var braced = Peek('{');
            if (braced)
            {
                _at++;
            }

            while (true)
            {
                SkipSpace();
                if (AtEnd || (braced && Peek('}')))
                {
                    break;
                }
                matchers.Add(ReadMatcher());
                SkipSpace();
                if (Peek(','))
                {
                    _at++;
                    continue;
                }
                if (AtEnd || (braced && Peek('}')))
                {
                    break;
                }
                throw Error($"expected \",\" between matchers{(braced ? " or \"}\" at the end" : string.Empty)}, found \"{text[_at]}\"");
            }

            if (braced)
            {
                if (!Peek('}'))
                {
                    throw Error("missing closing \"}\"");
                }
                _at++;
                SkipSpace();
            }
            if (!AtEnd)
            {
                throw Error($"unexpected \"{text[_at]}\" after the matchers");
            }
            return matchers;
        }

        private bool AtEnd => _at >= text.Length;

        private bool Peek(char c) => _at < text.Length && text[_at] == c;

        private void SkipSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }

        private Matcher ReadMatcher()
        {
            var name = ReadName();
            SkipSpace();
            var type = ReadOperator(name);
            SkipSpace();
            var valueStart = _at;
            var value = ReadValue(name);
            try
            {
                return new Matcher(name, type, value);
            }
            catch (ArgumentException ex)
            {
                // Only a regex can be refused here: the name was read as a label name already.
                throw new MatcherParseException($"invalid regular expression for \"{name}\": {ex.Message}", valueStart);
            }
        }

        private string ReadName()
        {
            if (AtEnd)
            {
                throw Error("expected a label name");
            }
            if (!IsNameStart(text[_at]))
            {
                throw Error($"expected a label name, found \"{text[_at]}\" (a name starts with a letter or \"_\")");
            }
            var start = _at;
            while (!AtEnd && IsNameChar(text[_at]))
            {
                _at++;
            }
            return text[start.._at];
        }

        private MatchOperator ReadOperator(string name)
        {
            var rest = text.AsSpan(_at);
            (MatchOperator Type, int Length)? op = rest switch
            {
                _ when rest.StartsWith("=~") => (MatchOperator.Regex, 2),
                _ when rest.StartsWith("!=") => (MatchOperator.NotEqual, 2),
                _ when rest.StartsWith("!~") => (MatchOperator.NotRegex, 2),
                _ when rest.StartsWith("=") => (MatchOperator.Equal, 1),
                _ => null,
            };
            if (op is not { } found)
            {
                throw Error(AtEnd
                    ? $"expected an operator (=, !=, =~, !~) after \"{name}\""
                    : $"expected an operator (=, !=, =~, !~) after \"{name}\", found \"{text[_at]}\"");
            }
            _at += found.Length;
            return found.Type;
        }

        private string ReadValue(string name)
        {
            if (Peek('"'))
            {
                return ReadQuoted(name);
            }
            var start = _at;
            while (!AtEnd && IsBareValueChar(text[_at]))
            {
                _at++;
            }
            if (_at == start)
            {
                throw Error(AtEnd || text[_at] is ',' or '}'
                    ? $"expected a value for \"{name}\" (use \"\" for an empty value)"
                    : $"unexpected \"{text[_at]}\" in the value of \"{name}\"; quote the value");
            }
            return text[start.._at];
        }

        private string ReadQuoted(string name)
        {
            var open = _at;
            _at++;
            var value = new StringBuilder();
            while (!AtEnd)
            {
                var c = text[_at++];
                if (c == '"')
                {
                    return value.ToString();
                }
                if (c != '\\')
                {
                    value.Append(c);
                    continue;
                }
                if (AtEnd)
                {
                    break;
                }
                var escaped = text[_at++];
                _ = escaped switch
                {
                    'n' => value.Append('\n'),
                    '"' or '\\' => value.Append(escaped),
                    _ => value.Append('\\').Append(escaped),
                };
            }
            throw new MatcherParseException($"the value of \"{name}\" has no closing quote", open);
        }

        private MatcherParseException Error(string reason) => new(reason, _at);

        private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

        private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

        // Bare values stop at anything that could be syntax, so `a=b,c=d` and `{a=b}` read as expected.
        private static bool IsBareValueChar(char c) => !char.IsWhiteSpace(c) && c is not (',' or '{' or '}' or '"' or '=' or '!' or '~');
    }
}
