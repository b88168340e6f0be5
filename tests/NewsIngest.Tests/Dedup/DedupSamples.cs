namespace NewsIngest.Tests.Dedup;

/// <summary>Invented texts (written for these tests; no real outlet's words).</summary>
internal static class DedupSamples
{
    public static readonly string[] StoryParagraphs =
    [
        "HARROWMERE — The old river library on Quill Street reopened its doors on Saturday, eleven months after a spring flood left its reading rooms under knee-deep water and its basement archive ruined.",
        "Volunteers queued from dawn to carry boxes of rescued books back onto the shelves, many of them dried page by page in borrowed greenhouses across the valley during the long summer.",
        "\"We lost the card catalogue, the piano and most of the maps, but we never lost the people who cared about this place,\" said Edith Marlow, who has run the library for nineteen years.",
        "The town council paid for new wiring and a raised floor, while a crowdfunding appeal started by a group of schoolchildren covered the cost of replacing the water-logged furniture and carpets.",
        "Engineers from the regional water board have since built a low stone wall along the bank behind the building, and they say it should hold back a flood of the size seen last April.",
        "Not everyone is convinced. Farmers upstream argue that the drainage ditches on their land are still blocked, and that the next heavy storm will simply push the water towards the market square instead.",
        "The archive that sat in the basement has been moved to the first floor, where a climate-controlled room now holds parish records, ship manifests and letters dating back to the early eighteenth century.",
        "Children from the primary school painted a mural of the flood on the wall of the new staircase, showing ducks swimming between the shelves and a heron perched on the returns desk.",
        "Ms Marlow said the library would extend its opening hours on weekday evenings through the winter, and that the reading group which met in a church hall during the closure would return next month.",
        "A small exhibition in the entrance hall tells the story of the rescue with photographs, a waterline painted on a pillar, and a single swollen dictionary that nobody has managed to open since.",
    ];

    public static string Story => string.Join("\n\n", StoryParagraphs);

    /// <summary>The first half of the story, as a re-post that cut the rest.</summary>
    public static string StoryExcerpt => string.Join("\n\n", StoryParagraphs.Take(5));

    /// <summary>Another story that quotes the same line as <see cref="Story"/> and nothing else of it.</summary>
    public static string StorySharingOneQuote => string.Join("\n\n",
    [
        "GREYFORD — A touring exhibition about small-town libraries opened at the county museum on Thursday, with lending cards, rubber stamps and a restored book van parked in the courtyard.",
        "\"We lost the card catalogue, the piano and most of the maps, but we never lost the people who cared about this place,\" said Edith Marlow, whose words are printed on a banner over the entrance.",
        "The curators spent two years gathering objects from forty villages, from a hand-written loans ledger to a children's reading chair carved in the shape of a sleeping bear.",
        "Admission is free until the end of the school holidays, and the museum has asked visitors to bring stories and photographs of the libraries they remember from their own childhood.",
    ]);

    public static string AuctionReport(string amount, string rate, string cover, string date) =>
        $"The Treasury sold {amount} billion crowns of thirteen-week bills at its regular auction on {date}, the finance ministry said.\n\n"
        + $"The average yield was {rate} pct and bids totalled {cover} times the amount on offer, the ministry added in a statement released after the close of bidding.\n\n"
        + "Dealers said demand from domestic pension funds remained steady and that the next auction would be held on the same terms next week.";
}
