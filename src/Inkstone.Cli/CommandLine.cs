using System.CommandLine;
using Inkstone.Cli.Commands;

namespace Inkstone.Cli;

/// <summary>
/// The <c>inkstone</c> command: parses arguments with System.CommandLine and runs the command they name (one class
/// each, in <c>Commands/</c>), whose help is generated from its options.
/// Exit codes: 0 success, 1 problems in the site's content, 2 a command line it cannot understand.
/// </summary>
internal static class CommandLine
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    // "@file" would be read as a response file, and a post may well be titled "@home"; nobody relies on them.
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public static async Task<int> RunAsync(IReadOnlyList<string> args, ConsoleEnvironment env, CancellationToken cancellation)
    {
        var root = new InkstoneRootCommand(env);
        // "inkstone help build" is "inkstone build --help"; no command at all is help too, but a usage error.
        string[] line = args.Count == 0 ? ["--help"] : args[0] == "help" ? [.. args.Skip(1), "--help"] : [.. args];
        var parsed = root.Parse(line, Parsing);
        var invocation = new InvocationConfiguration
        {
            Output = env.Out,
            Error = env.Error,
            // Exceptions other than usage errors are bugs and should crash with their stack; the preview server
            // stops on Ctrl+C itself.
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        try
        {
            if (UsageErrorReader.Read(parsed, line) is { } error)
            {
                throw error;
            }

            var code = await parsed.InvokeAsync(invocation, cancellation);
            return args.Count == 0 ? UsageError : code;
        }
        catch (UsageException e)
        {
            UsageErrorPrinter.Print(line, e, env.Error);
            return UsageError;
        }
    }
}
