namespace OpsConsole.Simulator.Model;

/// <summary>
/// Seeded noise. Smooth noise is a pure function of (channel, time) so a gauge wanders without jumping;
/// jitter is a seeded random draw for the small per-scrape wobble.
/// </summary>
internal sealed class NoiseSource
{
    private static readonly double[] PeriodsSeconds = [173, 611, 2_311];

    private readonly int _seed;
    private readonly Random _random;
    private readonly Lock _gate = new();

    public NoiseSource(int seed)
    {
        _seed = seed;
        _random = new Random(seed);
    }

    /// <summary>Smoothly varying noise in [-1, 1] for one named channel.</summary>
    public double Smooth(string channel, DateTimeOffset at)
    {
        var hash = StableHash(channel) ^ (uint)_seed;
        var seconds = at.ToUnixTimeMilliseconds() / 1000.0;
        var sum = 0.0;
        for (var i = 0; i < PeriodsSeconds.Length; i++)
        {
            hash = (hash * 2_654_435_761u) + 0x9E3779B9u;
            var phase = hash / (double)uint.MaxValue * 2 * Math.PI;
            sum += Math.Sin((2 * Math.PI * seconds / PeriodsSeconds[i]) + phase);
        }

        return sum / PeriodsSeconds.Length;
    }

    /// <summary>Uniform jitter in [-1, 1].</summary>
    public double Jitter()
    {
        lock (_gate)
        {
            return (_random.NextDouble() * 2) - 1;
        }
    }

    public string NextToken(int length)
    {
        const string alphabet = "bcdfghjklmnpqrstvwxz2456789";
        lock (_gate)
        {
            return string.Create(length, _random, static (span, random) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = alphabet[random.Next(alphabet.Length)];
                }
            });
        }
    }

    // string.GetHashCode is randomised per process; a seed must give the same run twice.
    private static uint StableHash(string text)
    {
        var hash = 2_166_136_261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16_777_619u;
        }

        return hash;
    }
}
