namespace Inkstone.Diagnostics;

/// <summary>How bad a diagnostic is. Errors fail the build; warnings do not.</summary>
public enum Severity
{
    Warning,
    Error,
}
