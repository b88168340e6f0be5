using System.Text.RegularExpressions;
using NewsIngest.Core.Model;

namespace NewsIngest.Core.Cleaning;

/// <summary>
/// Rules that recognise a boilerplate paragraph on its own, wherever it sits. Each rule is anchored and
/// bounded in length: a long paragraph that merely mentions "subscribe" is prose, not a prompt.
/// </summary>
public static partial class BoilerplateRules
{
    private const int MaxPromptLength = 200;
    private const int MaxNoticeLength = 300;

    /// <summary>The reason code (see <see cref="BoilerplateReasons"/>) when the paragraph is boilerplate, else null.</summary>
    public static string? Classify(string paragraph)
    {
        var p = paragraph.Trim();
        if (p.Length == 0)
        {
            return null;
        }

        if (Rule().IsMatch(p))
        {
            return BoilerplateReasons.Separator;
        }

        if (WireTag().IsMatch(p))
        {
            return BoilerplateReasons.WireTag;
        }

        if (p.Length <= MaxNoticeLength && MayBeCopyright(p) && Copyright().IsMatch(p))
        {
            return BoilerplateReasons.Copyright;
        }

        if (p.Length <= MaxNoticeLength && MayBeContributor(p) && Contributor().IsMatch(p))
        {
            return BoilerplateReasons.Contributor;
        }

        if (p.Length <= MaxPromptLength && ReadMore().IsMatch(p))
        {
            return BoilerplateReasons.ReadMore;
        }

        if (p.Length <= MaxPromptLength && SharePrompt().IsMatch(p))
        {
            return BoilerplateReasons.SharePrompt;
        }

        if (p.Length <= MaxNoticeLength && PhotoCaption().IsMatch(p))
        {
            return BoilerplateReasons.PhotoCaption;
        }

        return null;
    }

    /// <summary>
    /// Cheap tests that every match of <see cref="Copyright"/> and <see cref="Contributor"/> passes: those patterns are
    /// not anchored, so on a paragraph they do not match they would try every position. The words tested hold no
    /// letter with a case variant outside ASCII (no k, s or å), so ordinal ignore-case finds what the regex would.
    /// </summary>
    private static bool MayBeCopyright(string p) =>
        p[0] is '©' or '(' or '™' or 'c' or 'C' || p.Contains("all right", StringComparison.OrdinalIgnoreCase);

    private static bool MayBeContributor(string p) =>
        p.Contains("contribut", StringComparison.OrdinalIgnoreCase) || p.Contains("reporting", StringComparison.OrdinalIgnoreCase)
        || p.Contains("editing by", StringComparison.OrdinalIgnoreCase);

    /// <summary>A wire-service sign-off closing the story ("Reuter", "REUTER", "-- AP").</summary>
    public static bool IsSignOff(string paragraph) => SignOff().IsMatch(paragraph.Trim());

    /// <summary>Where a "Reuter"/"REUTER" sign-off glued to the end of the last paragraph starts, or null.</summary>
    public static int? GluedSignOff(string paragraph)
    {
        var m = GluedSignOffPattern().Match(paragraph);
        return m.Success ? m.Index : null;
    }

    [GeneratedRegex(@"(?<=[.)\d""”])\s+(?:Reuter|REUTER)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedSignOffPattern();

    [GeneratedRegex(@"^(?:[-*_=~•#]\s*){3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(?:The-)?[A-Z][A-Za-z]{1,20}-Wire$", RegexOptions.CultureInvariant)]
    private static partial Regex WireTag();

    [GeneratedRegex(@"^(?:™\s*(?:&|and)\s*)?(?:©|\(c\)|copyright\b)|\ball rights reserved\b|^\s*(?:©|\(c\))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\b(?:contributed (?:to )?(?:this|the) (?:report|story|article)|contributed reporting|additional reporting by|reporting by .{0,120}editing by|writing by .{0,80}editing by|editing by [A-Z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contributor();

    [GeneratedRegex(@"^(?:read more|read the full (?:story|article)|continue reading|read next|more from|related(?: articles| stories| coverage)?\s*:|read also|see also|also read|read:|more:|watch:|listen:|click here)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadMore();

    [GeneratedRegex(@"^(?:share (?:this|on|via)\b|share$|tweet$|email$|print$|follow us\b|follow [A-Z@][\w ]{0,40} on (?:twitter|x|facebook|instagram|threads|bluesky)\b|subscribe\b|sign up\b|get (?:our|the) [\w ]{0,30}newsletter|join (?:our|the) newsletter|like us on facebook|(?:download|get) (?:our|the) app\b|support (?:our|independent|local|quality) journalism\b)|\bnewsletter\b.{0,80}\b(?:sign up|subscribe|inbox)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SharePrompt();

    [GeneratedRegex(@"^(?:photo|image|pictured|caption|file photo|above)\s*:|\((?:photo|image|picture)(?: by| credit|:)[^)]*\)\s*$|(?:Getty Images|AP Photo[^)]*|AFP via Getty Images|Reuters/[A-Z][\w ]+)\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCaption();

    [GeneratedRegex(@"^(?:-{1,2}\s*)?(?:Reuter|REUTER|Reuters|REUTERS|AP|AFP|UPI|dpa)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();
}
