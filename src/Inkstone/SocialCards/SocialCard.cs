namespace Inkstone.SocialCards;

/// <summary>
/// A post's drawn Open Graph image: what it says, its key (a digest of everything drawn), and the path it is
/// published at, named by that key so a changed card gets a new address and an unchanged one keeps its own.
/// </summary>
internal sealed record SocialCard(CardText Text, string Key, string OutputPath);
