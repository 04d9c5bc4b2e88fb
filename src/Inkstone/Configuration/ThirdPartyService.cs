namespace Inkstone.Configuration;

/// <summary>
/// A service of another host that the writer turned on (a comment system or an analytics counter): which one, the
/// script (and style sheet) pages load from it, and its settings as the theme's script hands them over.
/// </summary>
/// <param name="Provider">The provider's name as <c>inkstone.yml</c> writes it: <c>giscus</c>, <c>plausible</c>.</param>
/// <param name="Label">The provider's name as readers see it: <c>Waline</c>.</param>
/// <param name="Options">The provider's settings by the names the theme's scripts read, in a fixed order.</param>
internal sealed record ThirdPartyService(string Provider, string Label, string ScriptUrl, string? StyleUrl, IReadOnlyList<ServiceOption> Options)
{
    public string? Option(string name) => Options.FirstOrDefault(o => o.Name == name)?.Value;
}

/// <summary>One setting of a <see cref="ThirdPartyService"/>, written into the page as <c>data-NAME="VALUE"</c>.</summary>
internal sealed record ServiceOption(string Name, string Value);
