namespace Inkstone.Highlighting.Tests.Differential;

/// <summary>A language below the targets, read and accepted, with a floor under its figures.</summary>
/// <param name="MinimumAgreement">A point or so under the agreement when reviewed.</param>
/// <param name="MaximumAcross">Half a point over the share across a string or comment boundary when reviewed.</param>
internal sealed record ReviewedException(double MinimumAgreement, double MaximumAcross, string Reason);
