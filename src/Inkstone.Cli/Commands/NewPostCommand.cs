using System.CommandLine;
using Inkstone.Scaffolding;

namespace Inkstone.Cli.Commands;

/// <summary><c>inkstone new post "标题"</c>: content/posts/SLUG.md with its front matter filled in.</summary>
internal sealed class NewPostCommand : Command
{
    private readonly ConsoleEnvironment _env;

    // Optional to the parser so that a missing title gets Inkstone's message with an example, not the library's.
    private readonly Argument<string?> _title = new("TITLE") { Description = "The post's title; its file is named after it.", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<string?> _category = new("--category", "-c") { Description = "Files the post under category NAME.", HelpName = "NAME" };
    private readonly Option<string?> _site = new("--site") { Description = "The site's folder (default: the current folder).", HelpName = "SITE" };

    public NewPostCommand(ConsoleEnvironment env)
        : base("post", "Makes content/posts/SLUG.md with its front matter filled in.")
    {
        _env = env;
        Add(_title);
        Add(_category);
        Add(_site);
        SetAction(Run);
    }

    private int Run(ParseResult parsed)
    {
        var title = parsed.GetValue(_title) ?? throw new UsageException("'new post' needs a title.", "post", "inkstone new post \"GRPO 与 PPO 的区别\"");
        var site = Path.GetFullPath(parsed.GetValue(_site) ?? ".", _env.WorkingDirectory);
        if (!File.Exists(Path.Combine(site, "inkstone.yml")))
        {
            _env.Error.WriteLine($"error: {site} has no inkstone.yml. Run this in a site's folder or pass --site DIR.");
            return CommandLine.ContentErrors;
        }

        try
        {
            var path = SiteScaffolder.CreatePost(site, title, parsed.GetValue(_category), SiteScaffolder.SiteNow(site, _env.Now()));
            _env.Out.WriteLine($"Created {path}");
            return CommandLine.Success;
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            _env.Error.WriteLine($"error: {e.Message}");
            return CommandLine.ContentErrors;
        }
    }
}
