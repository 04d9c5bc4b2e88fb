using System.Diagnostics;

namespace Inkstone.Tests.Fuzzing;

/// <summary>
/// Ends the test process, naming the input, when one fuzzed input runs far past <see cref="InputFuzzTests.TimeBound"/>
/// or the process grows past <see cref="MemoryLimit"/>. A hung reader never returns to the assertion that would name its
/// input, and a .NET thread cannot be stopped: without this a hang holds CI for its whole time limit and shows nothing.
/// </summary>
internal sealed class FuzzWatchdog : IDisposable
{
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    public const long MemoryLimit = 4L << 30;

    private readonly string _target;
    private readonly Func<string, string> _printable;
    private readonly Thread _thread;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private string? _input;
    private long _startedAt;

    public FuzzWatchdog(string target, Func<string, string> printable)
    {
        _target = target;
        _printable = printable;
        _thread = new Thread(Watch) { IsBackground = true, Name = "fuzz watchdog" };
        _thread.Start();
    }

    /// <summary>Notes the input now being checked; dispose what this returns when the check ends.</summary>
    public IDisposable Checking(string input)
    {
        lock (_gate)
        {
            _input = input;
            _startedAt = Stopwatch.GetTimestamp();
        }

        return new Finished(this);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _stop.Dispose();
    }

    private void Watch()
    {
        while (!_stop.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(1)))
        {
            string? input;
            TimeSpan elapsed;
            lock (_gate)
            {
                input = _input;
                elapsed = Stopwatch.GetElapsedTime(_startedAt);
            }

            if (input is null)
            {
                continue;
            }

            var memory = Environment.WorkingSet;
            if (elapsed > HangLimit || memory > MemoryLimit)
            {
                var finding = $"{_target} fuzzing: one input ran {elapsed.TotalSeconds:0} s and the process holds {memory >> 20} MB. The input: {_printable(input)}";
                var file = Path.Combine(Path.GetTempPath(), "inkstone-fuzz-hang.txt");
                File.WriteAllText(file, finding + "\n");
                Console.Error.WriteLine(finding);
                Environment.FailFast(finding);
            }
        }
    }

    private sealed class Finished(FuzzWatchdog watchdog) : IDisposable
    {
        public void Dispose()
        {
            lock (watchdog._gate)
            {
                watchdog._input = null;
            }
        }
    }
}
