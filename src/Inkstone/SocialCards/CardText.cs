namespace Inkstone.SocialCards;

/// <summary>What a post's card says: the site's name, the post's title, its first category (null for none) and its date as its language writes it.</summary>
internal sealed record CardText(string SiteName, string Title, string? Category, string Date);
