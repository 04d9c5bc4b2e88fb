namespace Inkstone.Markdown.Callouts;

internal enum CalloutKind
{
    Note,
    Tip,
    Important,
    Warning,
    Caution,
}
