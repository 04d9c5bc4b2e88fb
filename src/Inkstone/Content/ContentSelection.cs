namespace Inkstone.Content;

/// <summary>Which of the site's posts a build publishes: drafts or not, and those dated after <see cref="Now"/> or not.</summary>
/// <param name="Now">The build's "now", read once when it starts.</param>
internal readonly record struct ContentSelection(bool Drafts, bool Future, DateTimeOffset Now);
