namespace NewsIngest.Core.Text;

/// <summary>
/// Function-word profiles. Each list holds words frequent in its language and rare in its neighbours, so that
/// close pairs (es/pt, da/no/sv, nl/de) are told apart by the words they do not share.
/// </summary>
internal static class LanguageProfiles
{
    public static readonly LanguageProfile[] Latin =
    [
        LanguageProfile.Of("en", "the of and to in is that for it was on with as are be by this have from or at not but his they which an were has been their would what will there all can who its more when said after also about"),
        LanguageProfile.Of("de", "der die und den das ist nicht mit sich auf des dem ein eine für von zu im auch es sie werden wird nach bei einer noch wie aus hat sind wurde um über aber vor nur oder ich kann mehr"),
        LanguageProfile.Of("fr", "le la les et des est un une du que qui dans pour pas sur au aux ne se plus par il elle sont avec ce cette ont été mais ses leur nous vous comme fait être très aussi"),
        LanguageProfile.Of("es", "el la los las y de que en un una es por con para del se no al lo como más pero sus le ya fue este ha sido muy también entre cuando hay está son sobre"),
        LanguageProfile.Of("it", "il di che la e è un una per non del della con sono le dei delle nel nella gli si anche ha alla più come ma questo essere stato degli al lo sul tra"),
        LanguageProfile.Of("pt", "o a os as de que e do da em um uma para com não dos das no na por mais se ao foi como mas ele ela são também seu sua tem pelo pela já está muito"),
        LanguageProfile.Of("nl", "de het een en van in is dat op te zijn voor met niet die aan er ook als bij maar om uit door dan nog wordt naar heeft werd hij zij kan worden deze"),
        LanguageProfile.Of("sv", "och att det som en på är av för med till den har inte om ett han var jag men hon sig från vi så kan när skulle eller efter också mot hade"),
        LanguageProfile.Of("da", "og at det en af til er på med som den for ikke der har de et var jeg han men om sig fra vil kan efter når også blev eller hun skal havde mod"),
        LanguageProfile.Of("no", "og i at det som en på er av for med til den har ikke de et var jeg han men om seg fra vil kan etter når også ble eller hun skal hadde mot"),
        LanguageProfile.Of("fi", "ja on ei se että oli hän mutta kun niin ovat joka jos myös tai kuin olla mitä vain sen tämä ovat hänen oli nyt sitten vielä jo kanssa mukaan"),
        LanguageProfile.Of("pl", "i w nie na się z do że to jest jak co o po a przez od za ale tak jego już przy czy dla być tylko było są jej może roku został także"),
        LanguageProfile.Of("tr", "ve bir bu da de için ile olarak çok daha gibi en ne var olan sonra kadar ama değil ise her ancak yılında göre ya şu bunun onun"),
        LanguageProfile.Of("cs", "a je se na v že to s z do o jako ale by jsou jeho za který které pro tak jak již bylo byl její aby jsme také když"),
        LanguageProfile.Of("ro", "și în de la a cu pe care nu se din este că o un mai pentru sunt fost sau au ale lui acest această fi foarte dar"),
        LanguageProfile.Of("hu", "a az és hogy nem is egy van meg de már csak el ez volt mint még kell ki fel vagy után azt pedig lesz szerint"),
        LanguageProfile.Of("id", "yang dan di itu dengan untuk tidak ini dari dalam akan pada juga ke karena tersebut bisa ada mereka oleh lebih sudah saat"),
    ];

    public static readonly LanguageProfile[] Cyrillic =
    [
        LanguageProfile.Of("ru", "и в не на что с по это как он к из для же от так но все она было был его вы бы только уже или ее если было когда также года который"),
        LanguageProfile.Of("uk", "і в не на що з по це як він до із для же від так але все вона було був його ви би тільки вже або її якщо коли також року який та є"),
        LanguageProfile.Of("bg", "и в не на че с по това като той към от за да се са е са но всички тя беше бе му вие би само вече или ако когато също година който"),
        LanguageProfile.Of("sr", "и у не на да се је су за од са као то који али из по што био била до ће њихов још који када након"),
    ];

    // A table keyed by the packed word, not a Dictionary: a lookup by span hashes and compares through the
    // comparer, which cost more than the rest of the detector (measured on the worker scenario).

    /// <summary>Function word to the bit set of <see cref="Latin"/> profiles (bit i = profile i) that hold it.</summary>
    public static readonly FunctionWordIndex LatinIndex = new(Latin);

    public static readonly FunctionWordIndex CyrillicIndex = new(Cyrillic);
}
