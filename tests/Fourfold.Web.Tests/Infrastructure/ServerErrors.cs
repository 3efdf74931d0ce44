using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Fourfold.Web.Tests.Infrastructure;

/// <summary>
/// The errors the app logged while a fixture ran, so that a test which saw a 500 can say why: the response itself
/// rightly carries nothing of the exception.
/// </summary>
public sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> errors = new();

    public IReadOnlyCollection<string> All => errors;

    /// <summary>The logged errors as one block for a failure message, or nothing when there were none.</summary>
    public string Describe() => errors.IsEmpty ? "" : "\nThe server logged:\n" + string.Join("\n---\n", errors);

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, errors);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue($"{category}: {formatter(state, exception)}\n{exception}");
            }
        }
    }
}
