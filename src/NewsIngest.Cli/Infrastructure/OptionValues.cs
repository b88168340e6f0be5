using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsIngest.Cli.Infrastructure;

/// <summary>
/// Parsers for option values whose errors name the option and the form it takes ("--limit takes a whole number"),
/// never a .NET type; sizes take the suffixes people write (<c>20M</c>, <c>512k</c>, <c>1GB</c>).
/// </summary>
internal static partial class OptionValues
{
    public static Option<int> Count(string name, string alias, string description, int? defaultValue = null)
    {
        var option = alias.Length > 0 ? new Option<int>(name, alias) : new Option<int>(name);
        option.Description = description;
        option.HelpName = "N";
        option.CustomParser = result => WholeNumber(result, name) ?? 0;
        if (defaultValue is { } fallback)
        {
            option.DefaultValueFactory = _ => fallback;
        }

        return option;
    }

    public static Option<int?> OptionalCount(string name, string alias, string description)
    {
        var option = new Option<int?>(name, alias)
        {
            Description = description,
            HelpName = "N",
        };
        option.CustomParser = result => WholeNumber(result, name);
        return option;
    }

    public static Option<double> Fraction(string name, string description, double defaultValue)
    {
        var option = new Option<double>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
        };
        option.CustomParser = result =>
        {
            var text = Token(result);
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            result.AddError($"{name} takes a number between 0 and 1, e.g. {name} 0.8, not '{text}'");
            return 0;
        };
        return option;
    }

    public static Option<long> Size(string name, string description, long defaultValue)
    {
        var option = new Option<long>(name)
        {
            Description = description,
            HelpName = "SIZE",
            DefaultValueFactory = _ => defaultValue,
        };
        option.CustomParser = result =>
        {
            var text = Token(result);
            if (ParseSize(text) is { } bytes)
            {
                return bytes;
            }

            // A plain number out of range (0, -5) is the command's to refuse, with its own words.
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var plain))
            {
                return plain;
            }

            result.AddError($"{name} takes a size in bytes, or with a suffix K, M or G (e.g. {name} 20M), not '{text}'");
            return 0;
        };
        return option;
    }

    /// <summary>Bytes of <c>123</c>, <c>20M</c>, <c>1.5 GB</c>, <c>512KiB</c> (binary multiples); null when not a size.</summary>
    public static long? ParseSize(string text)
    {
        var match = SizePattern().Match(text.Trim());
        if (!match.Success || !decimal.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var multiplier = char.ToUpperInvariant(match.Groups[2].Value.FirstOrDefault()) switch
        {
            'K' => 1L << 10,
            'M' => 1L << 20,
            'G' => 1L << 30,
            'T' => 1L << 40,
            _ => 1L,
        };
        var bytes = number * multiplier;
        return bytes is > 0 and <= long.MaxValue ? (long)bytes : null;
    }

    private static int? WholeNumber(ArgumentResult result, string name)
    {
        var text = Token(result);
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError($"{name} takes a whole number, e.g. {name} 20, not '{text}'");
        return null;
    }

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*(?:([KMGTkmgt])(?:i?[Bb])?|[Bb])?$")]
    private static partial Regex SizePattern();
}
