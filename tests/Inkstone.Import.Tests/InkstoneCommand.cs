using System.Reflection;

namespace Inkstone.Import.Tests;

/// <summary>
/// Runs the inkstone command in this process through the Inkstone.Cli assembly's entry point, exactly as
/// <c>inkstone ARGS</c> runs. Inkstone.Cli shows its internals (<c>CommandLine</c>, <c>ConsoleEnvironment</c>)
/// to Inkstone.Cli.Tests only, so this goes through <c>Main</c>, which writes to <see cref="Console"/>:
/// the console is redirected for the run, one run at a time.
/// </summary>
internal static class InkstoneCommand
{
    private static readonly Lock ConsoleLock = new();

    public static CommandRun Run(params string[] args)
    {
        var main = Assembly.Load(new AssemblyName("Inkstone.Cli")).EntryPoint
            ?? throw new InvalidOperationException("Inkstone.Cli has no entry point.");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        lock (ConsoleLock)
        {
            var (oldOut, oldError) = (Console.Out, Console.Error);
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var result = main.Invoke(null, [args]);
                return new CommandRun(result is int code ? code : 0, stdout.ToString(), stderr.ToString());
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                return new CommandRun(-1, stdout.ToString(), stderr + e.InnerException.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
            }
        }
    }
}
