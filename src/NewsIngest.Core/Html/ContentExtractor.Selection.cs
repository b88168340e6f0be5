using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

public static partial class ContentExtractor
{
    private const int Alternatives = 5;

    /// <summary>The best-scoring element, moved up when its neighbours in the ranking share a parent, plus its worthy siblings.</summary>
    private static List<IElement> ChooseContainers(List<ContentBlock> blocks, ElementStats stats, IElement root)
    {
        var ranked = stats.Scores.Where(kv => kv.Value.Final > 0).OrderByDescending(kv => kv.Value.Final).Take(Alternatives + 1).ToList();
        if (ranked.Count == 0)
        {
            return [root];
        }

        var top = ranked[0].Key;
        var topScore = ranked[0].Value.Final;
        top = PreferSharedAncestor(top, ranked.Skip(1).Where(kv => kv.Value.Final >= 0.75 * topScore).Select(kv => kv.Key).ToList(), root);
        top = ClimbWhileRising(top, stats, root);
        var chosen = WithSiblings(top, stats);
        AddSameClassSections(chosen, top, stats);
        return chosen;
    }

    /// <summary>
    /// Articles split into sections by figures and asides often repeat one class on each section
    /// ("post__content__section"): well-scored elements with the winner's class join it wherever they sit.
    /// </summary>
    private static void AddSameClassSections(List<IElement> chosen, IElement top, ElementStats stats)
    {
        var topClass = top.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(topClass))
        {
            return;
        }

        var floor = stats.Scores[top].Final * 0.1;
        foreach (var (element, score) in stats.Scores)
        {
            if (score.Final >= floor && element.GetAttribute("class") == topClass && !Covers(chosen, element) && !chosen.Any(c => Covers([element], c)))
            {
                chosen.Add(element);
            }
        }
    }

    /// <summary>Several near-best candidates under one ancestor mean the article is split into sections: take the ancestor.</summary>
    private static IElement PreferSharedAncestor(IElement top, List<IElement> close, IElement root)
    {
        if (close.Count < 3)
        {
            return top;
        }

        for (var ancestor = top.ParentElement; ancestor is not null && ancestor != root.ParentElement; ancestor = ancestor.ParentElement)
        {
            if (close.Count(c => Covers([ancestor], c)) >= 3)
            {
                return ancestor;
            }
        }

        return top;
    }

    private static IElement ClimbWhileRising(IElement top, ElementStats stats, IElement root)
    {
        var last = stats.Scores[top].Final;
        for (var parent = top.ParentElement; parent is not null && top != root; parent = parent.ParentElement)
        {
            if (!stats.Scores.TryGetValue(parent, out var score) || score.Final < last / 3)
            {
                break;
            }

            if (score.Final > last)
            {
                top = parent;
            }

            last = score.Final;
            if (parent == root)
            {
                break;
            }
        }

        return top;
    }

    private static List<IElement> WithSiblings(IElement top, ElementStats stats)
    {
        var topScore = stats.Scores[top].Final;
        var parent = top.ParentElement;
        if (parent is null)
        {
            return [top];
        }

        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        var chosen = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                chosen.Add(sibling);
                continue;
            }

            if (!stats.Scores.TryGetValue(sibling, out var score))
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(topClass) && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            var take = score.Final + bonus >= threshold;
            if (!take && sibling.LocalName is "p")
            {
                var density = score.LinkDensity;
                take = (score.TextChars > 80 && density < 0.25)
                    || (score.TextChars is > 0 and <= 80 && density == 0 && sibling.TextContent.TrimEnd().EndsWith('.'));
            }

            if (take)
            {
                chosen.Add(sibling);
            }
        }

        return chosen;
    }
}
